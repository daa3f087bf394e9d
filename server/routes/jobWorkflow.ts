import { Router, type Request, type Response } from 'express';
import type { DataSource } from 'typeorm';
import { z } from 'zod';
import { requireActor } from '../auth/authenticate.js';
import { admits, type Actor } from '../auth/permissions.js';
import type { MountedResource } from '../crud/router.js';
import { mayReadSome, ownRowsOnly } from '../crud/rowRules.js';
import { selectOneSql } from '../crud/selectSql.js';
import { validateBody } from '../crud/validate.js';
import { sqlOf, transaction, type Sql } from '../db/sql.js';
import { MARKUP_TYPES, valuesOf } from '../domain/enums.js';
import { JOB_ACTIONS, type JobAction } from '../domain/jobWorkflow.js';
import { HttpError } from '../http/errors.js';
import { recordId } from '../http/recordId.js';
import { jobNotification, submitterEmail } from '../outbox/jobNotifications.js';
import { MAX_MARKUP_LENGTH } from '../render/markup.js';
import { addJobComment, jobHistory } from '../workflows/jobHistory.js';
import { applyJobTransition, JOB_WORKFLOW } from '../workflows/jobs.js';
import { availableActions, decide, type Caller } from '../workflows/machine.js';

type Row = Record<string, unknown>;
const none = new Set<string>();
export const MAX_REASON_LENGTH = 5000;

const reason = z.string({ error: 'A string.' }).max(MAX_REASON_LENGTH, `At most ${MAX_REASON_LENGTH} characters.`);
// row_version is checked by the workflow after the role: a caller who may never act hears 403, not 422.
const transitionBody = z.strictObject({ row_version: z.number({ error: 'A whole number.' }).int('A whole number.').optional(), reason: reason.nullable().optional() });
const commentBody = z.strictObject({
  comment: z.string({ error: 'A string.' }).trim().min(1, 'Required.').max(MAX_MARKUP_LENGTH, `At most ${MAX_MARKUP_LENGTH} characters.`),
  comment_markup_type: z.enum(valuesOf(MARKUP_TYPES), { error: `One of: ${valuesOf(MARKUP_TYPES).join(', ')}.` }).optional(),
});

const actorOf = (res: Response) => res.locals.actor as Actor;


/**
 * The moderation endpoints of API.md beside the generic /api/jobs routes: transitions, what the
 * caller may do now, the history with review comments, and the rejection e-mail's preview.
 */
export function jobWorkflowRouter(db: DataSource, mounted: MountedResource[]): Router {
  const { model } = mounted.find((r) => r.model.name === 'jobs')!;
  const router = Router();

  /** The job as GET /api/jobs/{id} shows it; someone else's job is the same 404 as a missing one to whoever cannot read all jobs. */
  const visibleJob = async (sql: Sql, actor: Actor, id: number): Promise<Row> => {
    if (!mayReadSome(model, actor)) throw new HttpError(403, 'Your roles do not allow reading jobs.');
    const [job] = await sql.query<Row>(selectOneSql(model), [id]);
    const own = ownRowsOnly(model, actor);
    if (!job || (own && !own.values.includes(job[own.field]))) throw new HttpError(404, `No ${model.name} record with id ${id}.`);
    return job;
  };
  const callerOf = (actor: Actor, job: Row): Caller => ({ actor, owns: job.creator_id === actor.id });

  router.get('/:id/transitions', requireActor, async (req, res) => {
    const actor = actorOf(res);
    const job = await visibleJob(sqlOf(db), actor, recordId(req));
    res.json(availableActions(JOB_WORKFLOW, String(job.status), callerOf(actor, job)));
  });

  router.get('/:id/history', requireActor, async (req, res) => {
    const id = recordId(req);
    await visibleJob(sqlOf(db), actorOf(res), id);
    res.json(await jobHistory(sqlOf(db), id));
  });

  router.post('/:id/comments', requireActor, async (req, res) => {
    const actor = actorOf(res);
    const id = recordId(req);
    const body = validateBody(commentBody, req.body, none);
    const comment = await transaction(db, async (sql) => {
      const job = await visibleJob(sql, actor, id);
      if (!admits(actor, ['job_moderator']) && job.creator_id !== actor.id) {
        throw new HttpError(403, 'Only job moderators and the job\'s creator may comment on a job.');
      }
      return addJobComment(sql, id, actor, body.comment, body.comment_markup_type ?? 'rst');
    });
    res.status(201).json(comment);
  });

  router.get('/:id/reject/preview', requireActor, async (req, res) => {
    const actor = actorOf(res);
    const id = recordId(req);
    const text = req.query.reason ?? '';
    if (typeof text !== 'string') throw new HttpError(400, 'Give reason once, as text.', { reason: 'Give it once.' });
    const sql = sqlOf(db);
    const job = await visibleJob(sql, actor, id);
    // The same checks as the rejection itself, so the dialog learns early that it cannot go ahead.
    const step = decide(JOB_WORKFLOW, job, callerOf(actor, job), { action: 'reject', reason: text, rowVersion: job.row_version as number });
    res.json(jobNotification(job, 'reject', step.reason, await submitterEmail(sql, job)));
  });

  router.post('/:id/:action', requireActor, async (req, res) => {
    const actor = actorOf(res);
    const id = recordId(req);
    const action = req.params.action as JobAction;
    if (!JOB_ACTIONS.includes(action)) throw new HttpError(404, `There is no job action "${action}"; the actions are ${JOB_ACTIONS.join(', ')}.`);
    const body = validateBody(transitionBody, req.body ?? {}, none);
    const job = await transaction(db, async (sql) => {
      await visibleJob(sql, actor, id);
      await applyJobTransition(sql, { jobId: id, action, actor, reason: body.reason, rowVersion: body.row_version });
      const [updated] = await sql.query<Row>(selectOneSql(model), [id]);
      return updated;
    });
    res.json(job);
  });

  return router;
}
