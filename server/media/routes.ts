import { Router } from 'express';
import { canWrite } from '../auth/permissions.js';
import { readOne } from '../crud/reads.js';
import type { Registry } from '../crud/registry.js';
import { actorOf } from '../crud/router.js';
import { sqlOf } from '../db/sql.js';
import { Media } from '../entities/Media.js';
import { HttpError } from '../http/errors.js';
import type { MediaStore } from './store/types.js';
import { ingest, type MediaLimits } from './upload/ingest.js';
import { receiveUpload } from './upload/receive.js';

/**
 * POST /api/media: one file as multipart/form-data (field `file`; optional `use` = image|document,
 * `alt`), streamed to disk, typed by its bytes, stored by its hash. 201 with the new record; 200 with
 * the existing one when the same bytes are already in the library.
 */
export function mediaUploadRouter(registry: Registry, store: MediaStore, limits: MediaLimits): Router {
  const router = Router();
  const sql = sqlOf(registry.db);
  const { model } = registry.of(Media);
  router.post('/media', async (req, res) => {
    const actor = actorOf(res);
    // Before a byte of the body is read: who may not upload hears so at once.
    if (!canWrite(actor, model.options.access)) throw new HttpError(403, 'Your roles do not allow uploading media.');
    if (!req.is('multipart/form-data')) throw new HttpError(415, 'Send the file as multipart/form-data, in a field named "file".');
    const received = await receiveUpload(req, Math.max(limits.image, limits.document));
    const { id, created } = await ingest(registry, store, actor, received, limits);
    res.status(created ? 201 : 200).json(await readOne(sql, model, actor, id));
  });
  return router;
}
