import express, { Router, type Request } from 'express';
import type { DataSource } from 'typeorm';
import { requireActor } from '../auth/authenticate.js';
import { canWrite, type Actor } from '../auth/permissions.js';
import type { MountedResource } from '../crud/router.js';
import { HttpError } from '../http/errors.js';
import { recordId } from '../http/recordId.js';
import type { ErrorContext } from '../http/pgErrors.js';
import { importReleaseFiles } from '../releases/import/importFiles.js';
import { releaseFiles } from '../resources/downloads.js';

const releaseFileAccess = releaseFiles.options.access;

const IMPORT_PATH = /^\/releases\/[^/]+\/files\/import\/?$/;
const LIMIT = '20mb';

/** The one route under /api that takes CSV (requireJsonWrites asks). */
export const acceptsCsv = (path: string) => IMPORT_PATH.test(path);

/**
 * Reads this route's bodies with their own limit: a manifest of 10,000 files is some megabytes,
 * beyond the 1 MB every other route keeps (the general parser skips this path). Mounted after
 * authentication, and checks the role first, so nobody else can make the server read 20 MB.
 */
export const releaseImportBody = Router().post(
  '/releases/:id/files/import',
  requireActor,
  (_req, res, next) => next(canWrite(res.locals.actor as Actor, releaseFileAccess) ? undefined : new HttpError(403, 'Only release managers may import release files.')),
  express.json({ limit: LIMIT }),
  express.text({ type: 'text/csv', limit: LIMIT }),
);

function flag(req: Request, name: string): boolean {
  const value = req.query[name];
  if (value === undefined || value === 'false') return false;
  if (value === 'true') return true;
  throw new HttpError(400, `${name} is true or false.`, { [name]: 'true or false.' });
}


/** POST /api/releases/{id}/files/import (API.md, Releases and release files); mounted at /api/releases. */
export function releaseImportRouter(db: DataSource, mounted: MountedResource[]): Router {
  const files = mounted.find((r) => r.model.name === 'release-files')!;
  const { model } = files;
  const errorContext: ErrorContext = {
    resource: model.name, table: model.table, columns: new Set(model.columns.keys()), messages: model.options.constraintMessages, operation: 'create',
  };
  const router = Router();
  router.post('/:id/files/import', requireActor, async (req, res) => {
    const actor = res.locals.actor as Actor;
    if (!canWrite(actor, model.options.access)) throw new HttpError(403, 'Only release managers may import release files.');
    const id = recordId(req);
    const [dryRun, replace] = [flag(req, 'dry_run'), flag(req, 'replace')];
    res.locals.errorContext = errorContext;
    res.json(await importReleaseFiles(db, files, { releaseId: id, body: req.body, dryRun, replace, actor }));
  });
  return router;
}
