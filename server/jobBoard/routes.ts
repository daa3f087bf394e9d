import { Router } from 'express';
import { requireActor } from '../auth/authenticate.js';
import { owns, visibleRows } from '../crud/access.js';
import { loadRecord } from '../crud/reads.js';
import type { Registry } from '../crud/registry.js';
import { actorOf } from '../crud/router.js';
import { sqlOf } from '../db/sql.js';
import { Job } from '../entities/Job.js';
import { HttpError } from '../http/errors.js';
import { recordId } from '../http/recordId.js';
import { decide } from '../workflows/machine.js';
import { jobNotification, submitterEmail } from './notifications.js';
import { errorResponse, jsonContent } from '../crud/openapi.js';

/**
 * GET /api/jobs/{id}/reject/preview: the exact e-mail the submitter gets if the job is rejected with
 * this reason. The job's transitions, history and comments are the generic workflow routes.
 */
export function jobBoardRouter(registry: Registry): Router {
  const { model } = registry.of(Job);
  const workflow = model.workflow!;
  const sql = sqlOf(registry.db);
  const router = Router();
  router.get('/jobs/:id/reject/preview', requireActor, async (req, res) => {
    const actor = actorOf(res);
    const id = recordId(req);
    const text = req.query.reason ?? '';
    if (typeof text !== 'string') throw new HttpError(400, 'Give reason once, as text.', { reason: 'Give it once.' });
    const job = await loadRecord(sql, model, id, visibleRows(model, actor));
    // The same checks as the rejection itself, so the dialog learns early that it cannot go ahead.
    const step = decide(
      workflow,
      job,
      { actor, owns: owns(job, actor) },
      { action: 'reject', reason: text, rowVersion: job.row_version as number },
    );
    res.json(jobNotification(job, 'reject', step.reason, await submitterEmail(sql, job)));
  });
  return router;
}

/** The OpenAPI path of the preview. */
export const jobBoardPaths = {
  '/api/jobs/{id}/reject/preview': {
    get: {
      tags: ['jobs'],
      summary: 'The exact e-mail the submitter gets if the job is rejected with this reason',
      parameters: [
        { name: 'id', in: 'path', required: true, schema: { type: 'integer', minimum: 1 } },
        { name: 'reason', in: 'query', required: true, schema: { type: 'string', minLength: 1 } },
      ],
      responses: {
        200: {
          description: 'The message',
          ...jsonContent({
            type: 'object',
            required: ['to', 'subject', 'text'],
            properties: { to: { type: 'array', items: { type: 'string' } }, subject: { type: 'string' }, text: { type: 'string' } },
          }),
        },
        403: errorResponse('Your role may not reject jobs'),
        404: errorResponse('No such job'),
        409: errorResponse('The job is not in review'),
        422: errorResponse('No reason given'),
      },
    },
  },
};
