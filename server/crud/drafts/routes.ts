import { Router, type Request, type Response } from 'express';
import { canWrite, type Actor } from '../../auth/permissions.js';
import { sqlOf } from '../../db/sql.js';
import { HttpError } from '../../http/errors.js';
import { recordId } from '../../http/recordId.js';
import { visibleRows } from '../access.js';
import { parseRange } from '../listParams.js';
import { loadRecord, readOne } from '../reads.js';
import type { MountedResource, Registry } from '../registry.js';
import { actorOf } from '../router.js';
import type { Row } from '../types.js';
import { validateBody } from '../validate.js';
import { rotatePreviewKey, signPreview } from '../preview/links.js';
import { listSchedule } from '../schedule/list.js';
import { setSchedule } from '../schedule/store.js';
import { previewLinkBody, scheduleBody } from '../schedule/wire.js';
import { discardDraft, publishRecord, readDraft, saveDraft } from './operations.js';
import { publishBody } from './wire.js';

export interface EditorialOptions {
  /** How long a preview link works. */
  previewLinkDays: number;
}

/**
 * The editorial routes of every versioned resource: PUT …/{id}?draft=true, GET and DELETE …/draft,
 * POST …/publish, PUT …/schedule, POST …/preview-link; and GET /api/schedule. Drafts, publishing and
 * schedules are for those who may change every record of the resource (not an owner editing theirs).
 */
export function editorialRouter(registry: Registry, options: EditorialOptions): Router {
  const router = Router();
  const sql = sqlOf(registry.db);
  /** The versioned resource named in the path, once the actor may edit it; a 404 for any other. */
  const editable = (req: Request, res: Response): { mounted: MountedResource; actor: Actor; id: number } => {
    const name = req.params.resource as string;
    const mounted = registry.versions.has(name) ? registry.byName.get(name) : undefined;
    if (!mounted) throw new HttpError(404, `${name} has no drafts or schedule.`);
    const actor = actorOf(res);
    if (!canWrite(actor, mounted.model.options.access)) {
      throw new HttpError(403, `Your roles do not allow drafting, publishing or scheduling ${name}.`);
    }
    return { mounted, actor, id: recordId(req) };
  };

  router.get('/schedule', async (req, res) => {
    const { offset, limit } = parseRange(req.query.range);
    const { rows, total } = await listSchedule(sql, registry, actorOf(res), {
      status: req.query.status,
      resource: req.query.resource,
      offset,
      limit,
    });
    res.setHeader('Content-Range', `schedule ${rows.length ? `${offset}-${offset + rows.length - 1}` : '*'}/${total}`);
    res.setHeader('Access-Control-Expose-Headers', 'Content-Range');
    res.json(rows);
  });

  /** Makes every preview link made so far stop working. */
  router.post('/preview-links/rotate-key', async (_req, res) => {
    if (!actorOf(res).isSuperuser) throw new HttpError(403, 'Only superusers may revoke preview links.');
    await rotatePreviewKey(sql);
    res.status(204).end();
  });

  router.put('/:resource/:id', async (req, res, next) => {
    const flag = req.query.draft;
    if (flag === undefined || flag === 'false') return next();
    if (flag !== 'true') throw new HttpError(400, 'The draft parameter must be true or false.', { draft: 'Must be true or false.' });
    const { mounted, actor, id } = editable(req, res);
    const input = validateBody(mounted.schemas.update, req.body, mounted.schemas.ignoredOnUpdate) as Row;
    res.json(await registry.write((tx) => saveDraft(tx, mounted.model, id, input, actor)));
  });

  router.get('/:resource/:id/draft', async (req, res) => {
    const { mounted, actor, id } = editable(req, res);
    res.json(await readDraft(sql, mounted.model, id, actor));
  });

  router.delete('/:resource/:id/draft', async (req, res) => {
    const { mounted, actor, id } = editable(req, res);
    await registry.write((tx) => discardDraft(tx, mounted.model, id, actor));
    res.json(await readOne(sql, mounted.model, actor, id));
  });

  router.post('/:resource/:id/publish', async (req, res) => {
    const { mounted, actor, id } = editable(req, res);
    const body = validateBody(publishBody, req.body ?? {}, new Set());
    const written = await registry.write((tx) =>
      publishRecord(tx, mounted, id, { actor, rowVersion: body.row_version, comment: body.version_comment }),
    );
    res.json(written);
  });

  router.put('/:resource/:id/schedule', async (req, res) => {
    const { mounted, actor, id } = editable(req, res);
    const body = validateBody(scheduleBody, req.body, new Set());
    await loadRecord(sql, mounted.model, id, visibleRows(mounted.model, actor));
    res.json(await registry.write((tx) => setSchedule(tx, mounted.model, id, body, actor)));
  });

  router.post('/:resource/:id/preview-link', async (req, res) => {
    const { mounted, actor, id } = editable(req, res);
    const body = validateBody(previewLinkBody, req.body ?? {}, new Set());
    const record = await readOne(sql, mounted.model, actor, id);
    const draft = body.draft ?? record.has_draft === true;
    if (draft && record.has_draft !== true) throw new HttpError(409, `This ${mounted.model.noun} has no draft to preview.`);
    const expires = new Date(Date.now() + options.previewLinkDays * 86_400_000);
    const token = await signPreview(sql, { resource: mounted.model.name, id, draft, expires });
    res.status(201).json({ url: `${req.protocol}://${req.get('host')}/preview/${token}`, expires });
  });
  return router;
}
