import type request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createUser } from '../server/seed/users.js';
import { JOB_STATUSES, valuesOf, type JobStatus, type RoleSlug } from '../server/domain/enums.js';
import { JOB_TRANSITIONS, type JobAction } from '../server/domain/jobWorkflow.js';
import { HttpError } from '../server/http/errors.js';
import type { Actor } from '../server/auth/permissions.js';
import { writeRecord } from '../server/crud/write/pipeline.js';
import { Job } from '../server/entities/Job.js';
import { JOB_WORKFLOW } from '../server/jobBoard/workflow.js';
import { PASSWORD, setupApi, signIn, type TestApi } from './support/api.js';
import { insert, rows } from './support/rows.js';

type Row = Record<string, unknown>;
const STATUSES = valuesOf(JOB_STATUSES);
const DAY = 86_400_000;
const PEOPLE_ACTIONS = JOB_TRANSITIONS.filter((t) => t.action !== 'expire');

/** Every (action, from) pair of the table, and every pair it leaves out: derived, never listed by hand. */
const ALLOWED = JOB_TRANSITIONS.flatMap((t) =>
  t.from.map((from) => ({ action: t.action as JobAction, from: from as JobStatus, to: t.to as JobStatus })),
);
const DISALLOWED = JOB_TRANSITIONS.flatMap((t) =>
  STATUSES.filter((s) => !(t.from as readonly string[]).includes(s)).map((from) => ({ action: t.action as JobAction, from })),
);

describe('the job workflow', () => {
  let s: TestApi;
  let category: number;
  let moderator: request.Agent;
  let moderatorId: number;

  /** A job put straight into a status, as if its history had happened. */
  const jobIn = (status: JobStatus, o: Row = {}) =>
    insert(s.t.db, 'jobs', rows.job(category, { status, expires: status === 'approved' ? new Date(Date.now() + 30 * DAY) : null, ...o }));
  const job = async (id: number) => (await s.t.db.query('SELECT * FROM jobs WHERE id = $1', [id]))[0] as Row;
  const transitionsOf = (id: number): Promise<Row[]> => s.t.db.query('SELECT * FROM job_transitions WHERE job_id = $1 ORDER BY id', [id]);
  const auditOf = (id: number): Promise<Row[]> =>
    s.t.db.query(`SELECT * FROM audit_log WHERE resource = 'jobs' AND record_id = $1 ORDER BY id`, [id]);
  /** A step taken through the write pipeline, as the expiry sweep takes it (actor null: the system). */
  const step = (id: number, action: JobAction, actor: Actor | null) => {
    const registry = s.registry;
    return registry.write((tx) => writeRecord(tx, registry.of(Job).model, { operation: 'update', actor, id, transition: { action } }));
  };
  const asSystem = (jobId: number, action: JobAction) => step(jobId, action, null);
  const take = async (agent: request.Agent, id: number, action: string, body: Row = {}) =>
    agent.post(`/api/jobs/${id}/${action}`).send({ row_version: (await job(id)).row_version, ...body });
  const userId = async (username: string) => (await s.t.db.query('SELECT id FROM users WHERE username = $1', [username]))[0].id as number;

  beforeAll(async () => {
    s = await setupApi({ seed: false });
    category = await insert(s.t.db, 'job_categories', rows.jobCategory());
    moderator = await s.as('job_moderator');
    moderatorId = await userId('test-job_moderator');
  });
  afterAll(() => s.t.drop());

  it('declares every action of JOB_TRANSITIONS, and no other', () => {
    expect(Object.keys(JOB_WORKFLOW.actions).sort()).toEqual(JOB_TRANSITIONS.map((t) => t.action).sort());
    expect(ALLOWED.length + DISALLOWED.length).toBe(JOB_TRANSITIONS.length * STATUSES.length);
  });

  describe('takes every allowed transition, recording it and its audit entry', () => {
    for (const { action, from, to } of ALLOWED) {
      it(`${action}: ${from} → ${to}`, async () => {
        const id = await jobIn(from);
        if (action === 'expire') {
          const row = await asSystem(id, action);
          expect(row.status).toBe(to);
        } else {
          const res = await take(moderator, id, action, { reason: 'Checked by the moderation test' });
          expect(res.status, JSON.stringify(res.body)).toBe(200);
          expect(res.body).toMatchObject({ id, status: to });
          expect(res.body).not.toHaveProperty('search_vector');
          expect(res.body.job_type_ids).toEqual([]);
        }
        expect((await job(id)).status).toBe(to);
        const history = await transitionsOf(id);
        expect(history).toEqual([
          expect.objectContaining({
            action,
            from_status: from,
            to_status: to,
            actor_id: action === 'expire' ? null : moderatorId,
            reason: action === 'expire' ? null : 'Checked by the moderation test',
          }),
        ]);
        const audit = await auditOf(id);
        expect(audit).toHaveLength(1);
        expect(audit[0]).toMatchObject({ action: 'update', actor_id: action === 'expire' ? null : moderatorId });
        expect((audit[0].changes as Row).status).toEqual({ old: from, new: to });
        expect((audit[0].changes as Row).transition).toEqual({ new: action });
      });
    }
  });

  describe('refuses every transition the table does not allow with 409, changing nothing', () => {
    for (const { action, from } of DISALLOWED) {
      it(`${action} from ${from}`, async () => {
        const id = await jobIn(from);
        const before = await job(id);
        if (action === 'expire') {
          await expect(asSystem(id, action)).rejects.toMatchObject({ status: 409 });
        } else {
          const res = await take(moderator, id, action, { reason: 'A reason, so only the state can be wrong' });
          expect(res.status, JSON.stringify(res.body)).toBe(409);
          expect(res.body.message).toContain(`Cannot ${action} a job that is ${from}`);
          expect(res.body).toMatchObject({ status: from, row_version: before.row_version });
        }
        expect(await job(id)).toMatchObject({ status: from, row_version: before.row_version });
        expect(await transitionsOf(id)).toEqual([]);
        expect(await auditOf(id)).toEqual([]);
      });
    }
  });

  it('answers 403 to roles other than job moderator, before looking at the state', async () => {
    const others = await Promise.all((['content_editor', 'release_manager'] as const).map((p) => s.as(p)));
    const tried: number[] = [];
    for (const { action, from } of PEOPLE_ACTIONS.map((t) => ({ action: t.action, from: t.from[0] }))) {
      const id = await jobIn(from);
      const wrongState = await jobIn(from === 'review' ? 'archived' : 'review');
      tried.push(id, wrongState);
      for (const agent of others) {
        const res = await take(agent, id, action, { reason: 'Not mine to decide' });
        expect(res.status, `${action}: ${JSON.stringify(res.body)}`).toBe(403);
        expect((await take(agent, wrongState, action, { reason: 'x' })).status).toBe(403);
      }
    }
    for (const id of tried) expect(await transitionsOf(id)).toEqual([]);
  });

  it('answers 403 to a signed-in user without a role on moderator actions, even on their own job', async () => {
    const owner = await s.as('no_role');
    const ownerId = await userId('test-no_role');
    for (const { action, from } of [
      { action: 'approve', from: 'review' },
      { action: 'reject', from: 'review' },
      { action: 'archive', from: 'approved' },
      { action: 'reopen', from: 'removed' },
    ] as const) {
      const id = await jobIn(from, { creator_id: ownerId });
      const res = await take(owner, id, action, { reason: 'I approve of myself' });
      expect(res.status, action).toBe(403);
      expect(res.body.message).toMatch(/job moderators/);
    }
  });

  it('lets nobody but the system expire a job', async () => {
    const id = await jobIn('approved');
    for (const agent of [moderator, s.api()]) {
      const res = await take(agent, id, 'expire');
      expect(res.status).toBe(403);
      expect(res.body.message).toBe('Only the system may expire a job.');
    }
    expect((await job(id)).status).toBe('approved');
  });

  it('lets a superuser moderate like a job moderator', async () => {
    const id = await jobIn('review');
    expect((await take(s.api(), id, 'approve')).status).toBe(200);
  });

  it('requires a reason to reject, and from moderators to remove', async () => {
    const id = await jobIn('review');
    for (const reason of [undefined, null, '', '   ']) {
      const res = await take(moderator, id, 'reject', reason === undefined ? {} : { reason });
      expect(res.status).toBe(422);
      expect(res.body.errors).toEqual({ reason: 'A reason is required to reject a job.' });
    }
    const removal = await take(moderator, id, 'remove');
    expect(removal.status).toBe(422);
    expect(removal.body.errors).toHaveProperty('reason');
    expect((await job(id)).status).toBe('review');
    const rejected = await take(moderator, id, 'reject', { reason: '  No salary range.  ' });
    expect(rejected.status).toBe(200);
    expect((await transitionsOf(id)).at(-1)!.reason).toBe('No salary range.');
    // Approving takes an optional note; without one, none is recorded.
    const other = await jobIn('review');
    expect((await take(moderator, other, 'approve')).status).toBe(200);
    expect((await transitionsOf(other))[0].reason).toBeNull();
  });

  it('lets a job’s creator remove it without a reason, even a creator who is a moderator', async () => {
    const owner = await s.as('no_role');
    const own = await jobIn('review', { creator_id: await userId('test-no_role') });
    expect((await take(owner, own, 'remove')).status).toBe(200);
    const moderatorsOwn = await jobIn('draft', { creator_id: moderatorId });
    expect((await take(moderator, moderatorsOwn, 'remove')).status).toBe(200);
    expect((await transitionsOf(moderatorsOwn))[0]).toMatchObject({ action: 'remove', reason: null, actor_id: moderatorId });
  });

  it('refuses a stale or missing row_version with 409 / 422 and changes nothing', async () => {
    const id = await jobIn('review');
    const { row_version } = await job(id);
    await s.t.db.query(`UPDATE jobs SET city = 'Bergen' WHERE id = $1`, [id]);
    const stale = await moderator.post(`/api/jobs/${id}/approve`).send({ row_version }).expect(409);
    expect(stale.body).toMatchObject({
      row_version: (row_version as number) + 1,
      status: 'review',
      errors: { row_version: expect.any(String) },
    });
    const missing = await moderator.post(`/api/jobs/${id}/approve`).send({}).expect(422);
    expect(missing.body.errors).toHaveProperty('row_version');
    expect((await job(id)).status).toBe('review');
    expect(await transitionsOf(id)).toEqual([]);
  });

  it('lets exactly one of two moderators approving the same job at once succeed; the other gets 409', async () => {
    const roles: RoleSlug[] = ['job_moderator'];
    await createUser(s.t.db, { username: 'second-moderator', email: 'second@example.org', password: PASSWORD, superuser: false, roles });
    const second = (await signIn(s.app, 'second-moderator')).agent;
    for (let round = 0; round < 3; round++) {
      const id = await jobIn('review');
      const { row_version } = await job(id);
      const results = await Promise.all([moderator, second].map((agent) => agent.post(`/api/jobs/${id}/approve`).send({ row_version })));
      expect(results.map((r) => r.status).sort()).toEqual([200, 409]);
      expect(await transitionsOf(id)).toHaveLength(1);
      expect(await auditOf(id)).toHaveLength(1);
      expect((await job(id)).row_version).toBe((row_version as number) + 1);
    }
  });

  it('sets expires to 90 days after approval when empty, and keeps a given one', async () => {
    const empty = await jobIn('review');
    const before = Date.now();
    const approved = (await take(moderator, empty, 'approve')).body;
    const expires = Date.parse(approved.expires);
    expect(expires).toBeGreaterThanOrEqual(before + 90 * DAY - 1000);
    expect(expires).toBeLessThanOrEqual(Date.now() + 90 * DAY + 1000);
    const chosen = new Date('2031-01-15T12:00:00Z');
    const given = await jobIn('review', { expires: chosen });
    expect((await take(moderator, given, 'approve')).body.expires).toBe(chosen.toISOString());
  });

  it('queues the submitter’s notification with submit, approve and reject, and not with the others', async () => {
    const count = async (kind: string) =>
      (await s.t.db.query('SELECT count(*)::int AS n FROM outbox WHERE kind = $1', [kind]))[0].n as number;
    const id = await jobIn('draft', { email: 'submitter@example.org' });
    const kinds = ['job.submit', 'job.approve', 'job.reject'];
    const start = await Promise.all(kinds.map(count));
    await take(moderator, id, 'submit').then((r) => expect(r.status).toBe(200));
    await take(moderator, id, 'reject', { reason: 'Too vague' }).then((r) => expect(r.status).toBe(200));
    await take(moderator, id, 'submit').then((r) => expect(r.status).toBe(200));
    await take(moderator, id, 'approve').then((r) => expect(r.status).toBe(200));
    const total = (await s.t.db.query('SELECT count(*)::int AS n FROM outbox')).at(0).n;
    await take(moderator, id, 'archive').then((r) => expect(r.status).toBe(200));
    expect((await s.t.db.query('SELECT count(*)::int AS n FROM outbox')).at(0).n).toBe(total);
    expect((await Promise.all(kinds.map(count))).map((n, i) => n - start[i])).toEqual([2, 1, 1]);
  });

  it('commits a transition with its record, audit entry and notification, or none of them', async () => {
    const id = await jobIn('review');
    const outboxBefore = (await s.t.db.query('SELECT count(*)::int AS n FROM outbox')).at(0).n;
    // A failure at the very end of the step (the audit entry), after the status and history were written.
    await s.t.db.query(`
      CREATE FUNCTION fail_audit() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN IF NEW.record_id = ${id} AND NEW.resource = 'jobs' THEN RAISE EXCEPTION 'audit refused'; END IF; RETURN NEW; END $$`);
    await s.t.db.query('CREATE TRIGGER fail_audit BEFORE INSERT ON audit_log FOR EACH ROW EXECUTE FUNCTION fail_audit()');
    try {
      const res = await take(moderator, id, 'approve');
      expect(res.status).toBe(500);
      expect(res.body).toEqual({ message: 'Internal error' });
    } finally {
      await s.t.db.query('DROP TRIGGER fail_audit ON audit_log; DROP FUNCTION fail_audit()');
    }
    expect(await job(id)).toMatchObject({ status: 'review', expires: null });
    expect(await transitionsOf(id)).toEqual([]);
    expect(await auditOf(id)).toEqual([]);
    expect((await s.t.db.query('SELECT count(*)::int AS n FROM outbox')).at(0).n).toBe(outboxBefore);
    expect((await take(moderator, id, 'approve')).status).toBe(200);
  });

  it('answers 404 for an unknown action or job, and 400 for a malformed id', async () => {
    const id = await jobIn('review');
    expect((await take(moderator, id, 'frobnicate')).status).toBe(404);
    expect((await moderator.post('/api/jobs/99999999/approve').send({ row_version: 1 })).status).toBe(404);
    expect((await moderator.post('/api/jobs/abc/approve').send({ row_version: 1 })).status).toBe(400);
    expect((await moderator.post(`/api/jobs/${id}/approve`).send({ row_version: 1, status: 'approved' })).status).toBe(422);
    expect((await s.anonymous().post(`/api/jobs/${id}/approve`).send({ row_version: 1 })).status).toBe(401);
  });

  it('lists what the caller may do now', async () => {
    const review = await jobIn('review');
    expect((await moderator.get(`/api/jobs/${review}/transitions`).expect(200)).body).toEqual([
      { action: 'approve', to: 'approved', reason_required: false },
      { action: 'reject', to: 'rejected', reason_required: true },
      { action: 'remove', to: 'removed', reason_required: true },
    ]);
    const editor = await s.as('content_editor');
    expect((await editor.get(`/api/jobs/${review}/transitions`).expect(200)).body).toEqual([]);
    const approved = await jobIn('approved');
    expect((await moderator.get(`/api/jobs/${approved}/transitions`).expect(200)).body.map((t: Row) => t.action)).toEqual([
      'archive',
      'remove',
    ]);
  });

  it('refuses a machine-level request from a person without row_version', async () => {
    const id = await jobIn('review');
    const actor = {
      id: moderatorId,
      username: 'm',
      email: 'm@example.org',
      first_name: null,
      last_name: null,
      isSuperuser: false,
      roles: ['job_moderator' as const],
      tokenId: null,
    };
    const error = await step(id, 'approve', actor).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(HttpError);
    expect(error).toMatchObject({ status: 422 });
  });
});
