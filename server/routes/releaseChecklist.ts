import { Router } from 'express';
import type { DataSource } from 'typeorm';
import { requireActor } from '../auth/authenticate.js';
import { readLevel, type Actor } from '../auth/permissions.js';
import { sqlOf } from '../db/sql.js';
import { HttpError } from '../http/errors.js';
import { recordId } from '../http/recordId.js';
import { loadChecklist } from '../releases/checklist.js';
import { releases } from '../resources/downloads.js';

/** GET /api/releases/{id}/checklist: what the release needs before publishing; whoever reads releases may see it. */
export function releaseChecklistRouter(db: DataSource): Router {
  const router = Router();
  router.get('/:id/checklist', requireActor, async (req, res) => {
    if (readLevel(res.locals.actor as Actor, releases.options.access) !== 'full') throw new HttpError(403, 'Your roles do not allow reading releases.');
    const id = recordId(req);
    const checklist = await loadChecklist(sqlOf(db), id);
    if (!checklist) throw new HttpError(404, `No releases record with id ${id}.`);
    res.json(checklist);
  });
  return router;
}
