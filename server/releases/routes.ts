import express, { Router, type Request, type RequestHandler } from 'express';
import { requireActor } from '../auth/authenticate.js';
import { canWrite } from '../auth/permissions.js';
import { visibleRows } from '../crud/access.js';
import { loadRecord } from '../crud/reads.js';
import type { Registry } from '../crud/registry.js';
import { actorOf } from '../crud/router.js';
import { sqlOf } from '../db/sql.js';
import { Release } from '../entities/Release.js';
import { ReleaseFile } from '../entities/ReleaseFile.js';
import { HttpError } from '../http/errors.js';
import { recordId } from '../http/recordId.js';
import { checklistOf } from './checklist.js';
import { importReleaseFiles } from './import/importFiles.js';

const IMPORT_PATH = /^\/releases\/[^/]+\/files\/import\/?$/;
const LIMIT = '20mb';

/** The one route under /api that takes CSV (requireJsonWrites asks). */
export const acceptsCsv = (path: string) => IMPORT_PATH.test(path);

function flag(req: Request, name: string): boolean {
  const value = req.query[name];
  if (value === undefined || value === 'false') return false;
  if (value === 'true') return true;
  throw new HttpError(400, `${name} is true or false.`, { [name]: 'true or false.' });
}

/**
 * The release manager's routes beside the generic ones: GET /api/releases/{id}/checklist (what the
 * release needs before publishing; whoever reads the release may see it) and POST
 * /api/releases/{id}/files/import (docs/api.md, Releases and release files).
 */
export function releasesRouter(registry: Registry): Router {
  const releases = registry.of(Release).model;
  const files = registry.of(ReleaseFile);
  const sql = sqlOf(registry.db);
  const router = Router();
  router.get('/releases/:id/checklist', requireActor, async (req, res) => {
    const id = recordId(req);
    const release = await loadRecord(sql, releases, id, visibleRows(releases, actorOf(res)));
    res.json(await checklistOf(sql, id, release));
  });
  // The role is checked before the body is read, with its own limit: a manifest of 10,000 files is some
  // megabytes, beyond the 1 MB every other route keeps (the general parser skips this path), and nobody
  // else may make the server read 20 MB.
  const mayImport: RequestHandler = (_req, res, next) =>
    next(
      canWrite(actorOf(res), files.model.options.access)
        ? undefined
        : new HttpError(403, 'Only release managers may import release files.'),
    );
  const body = [express.json({ limit: LIMIT }), express.text({ type: 'text/csv', limit: LIMIT })];
  router.post('/releases/:id/files/import', requireActor, mayImport, ...body, async (req, res) => {
    const actor = actorOf(res);
    const id = recordId(req);
    const [dryRun, replace] = [flag(req, 'dry_run'), flag(req, 'replace')];
    res.json(await importReleaseFiles(registry, files, { releaseId: id, body: req.body, dryRun, replace, actor }));
  });
  return router;
}
