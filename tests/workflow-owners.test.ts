import type request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createUser } from '../server/seed/users.js';
import { PASSWORD, ra, setupApi, signIn, type TestApi } from './support/api.js';
import { insert, rows } from './support/rows.js';

type Row = Record<string, unknown>;

describe('jobs for their creators, and the generic routes under the workflow', () => {
  let s: TestApi;
  let category: number;
  let moderator: request.Agent;
  let owner: request.Agent;
  let ownerId: number;
  let stranger: request.Agent;
  let strangersJob: number;

  const posting = (o: Row = {}) => ({
    category_id: category,
    company_name: 'Snake Oil Ltd',
    job_title: 'Python developer',
    city: 'Lyon',
    country: 'France',
    description: 'Write Python.',
    requirements: 'Python.',
    email: 'hiring@snakeoil.example',
    url: 'https://snakeoil.example/jobs',
    ...o,
  });
  const job = async (id: number) => (await s.t.db.query('SELECT * FROM jobs WHERE id = $1', [id]))[0] as Row;
  const take = async (agent: request.Agent, id: number, action: string, body: Row = {}) =>
    agent.post(`/api/jobs/${id}/${action}`).send({ row_version: (await job(id)).row_version, ...body });

  beforeAll(async () => {
    s = await setupApi({ seed: false });
    category = await insert(s.t.db, 'job_categories', rows.jobCategory());
    moderator = await s.as('job_moderator');
    owner = await s.as('no_role');
    ownerId = (await s.t.db.query(`SELECT id FROM users WHERE username = 'test-no_role'`))[0].id;
    await createUser(s.t.db, { username: 'stranger', email: 'stranger@example.org', password: PASSWORD, superuser: false, roles: [] });
    stranger = (await signIn(s.app, 'stranger')).agent;
    strangersJob = (
      await stranger
        .post('/api/jobs')
        .send(posting({ job_title: 'Not yours' }))
        .expect(201)
    ).body.id;
  });
  afterAll(() => s.t.drop());

  describe('creating', () => {
    it('starts every job as draft, whoever creates it, and refuses any other status with 422', async () => {
      const plain = (await moderator.post('/api/jobs').send(posting()).expect(201)).body;
      expect(plain.status).toBe('draft');
      expect(
        (
          await moderator
            .post('/api/jobs')
            .send(posting({ status: 'draft' }))
            .expect(201)
        ).body.status,
      ).toBe('draft');
      for (const status of ['approved', 'review', 'no-such-status']) {
        const res = await s.api().post('/api/jobs').send(posting({ status })).expect(422);
        expect(res.body.errors).toHaveProperty('status');
      }
      const refused = await s
        .api()
        .post('/api/jobs')
        .send(posting({ status: 'approved' }))
        .expect(422);
      expect(refused.body.errors.status).toMatch(/start as draft.*POST \/api\/jobs\/\{id\}\/\{action\}/);
    });

    it('lets a signed-in user without a role post a job, theirs and in draft; what only moderators set is ignored', async () => {
      const res = await owner
        .post('/api/jobs')
        .send(posting({ is_featured: true, expires: '2040-01-01T00:00:00Z', submitted_by_id: 1 }))
        .expect(201);
      expect(res.body).toMatchObject({ status: 'draft', creator_id: ownerId, submitted_by_id: ownerId, is_featured: false, expires: null });
    });
  });

  describe('reading', () => {
    it('lists to a user without a role only the jobs they created', async () => {
      const mine = (
        await owner
          .post('/api/jobs')
          .send(posting({ job_title: 'Mine to list' }))
          .expect(201)
      ).body;
      const list = await owner.get(`/api/jobs${ra({ range: [0, 99] })}`).expect(200);
      const count = (await s.t.db.query('SELECT count(*)::int AS n FROM jobs WHERE creator_id = $1', [ownerId]))[0].n;
      expect(list.body.length).toBe(count);
      expect(list.body.every((j: Row) => j.creator_id === ownerId)).toBe(true);
      expect(list.body.map((j: Row) => j.id)).toContain(mine.id);
      expect(list.headers['content-range']).toBe(`jobs 0-${count - 1}/${count}`);
      // A filter cannot widen the scope: it is AND-ed with it.
      expect(
        (await owner.get(`/api/jobs${ra({ filter: { creator_id: (await job(strangersJob)).creator_id } })}`).expect(200)).body,
      ).toEqual([]);
      // Moderators and other role holders read every job.
      const all = (await s.t.db.query('SELECT count(*)::int AS n FROM jobs'))[0].n;
      expect((await moderator.get(`/api/jobs${ra({ range: [0, 99] })}`).expect(200)).body.length).toBe(all);
      expect((await (await s.as('content_editor')).get(`/api/jobs${ra({ range: [0, 99] })}`).expect(200)).body.length).toBe(all);
    });

    it('answers someone else’s job with the very body of a missing one, on every route', async () => {
      const id = (
        await moderator
          .post('/api/jobs')
          .send(posting({ job_title: 'Soon gone' }))
          .expect(201)
      ).body.id;
      const probes = [
        () => owner.get(`/api/jobs/${id}`),
        () => owner.put(`/api/jobs/${id}`).send({ city: 'Nice', row_version: 1 }),
        () => owner.delete(`/api/jobs/${id}`),
        () => owner.get(`/api/jobs/${id}/transitions`),
        () => owner.get(`/api/jobs/${id}/history`),
        () => owner.post(`/api/jobs/${id}/comments`).send({ comment: 'Hello?' }),
        () => owner.post(`/api/jobs/${id}/submit`).send({ row_version: 1 }),
        () => owner.get(`/api/jobs/${id}/reject/preview?reason=x`),
      ];
      const hidden = [];
      for (const probe of probes) hidden.push(await probe());
      await s.api().delete(`/api/jobs/${id}`).expect(200);
      for (const [i, probe] of probes.entries()) {
        const missing = await probe();
        expect([hidden[i].status, hidden[i].body], `probe ${i}`).toEqual([404, missing.body]);
        expect(missing.status).toBe(404);
      }
    });
  });

  describe('editing', () => {
    it('lets the creator edit while draft or rejected, and answers 409 once the job is in review', async () => {
      // 409, not 404: the creator still sees their job (GET works), so "not found" would be untrue; the
      // refusal is about the job's current state, which is what 409 means here (as for transitions).
      const created = (await owner.post('/api/jobs').send(posting()).expect(201)).body;
      const edited = (await owner.put(`/api/jobs/${created.id}`).send({ city: 'Paris', row_version: created.row_version }).expect(200))
        .body;
      expect(edited.city).toBe('Paris');
      expect((await take(owner, created.id, 'submit')).status).toBe(200);
      const inReview = await job(created.id);
      const refused = await owner.put(`/api/jobs/${created.id}`).send({ city: 'Lille', row_version: inReview.row_version }).expect(409);
      expect(refused.body).toMatchObject({
        status: 'review',
        message: expect.stringMatching(/only while its status is draft or rejected; it is review now/),
      });
      expect((await owner.get(`/api/jobs/${created.id}`).expect(200)).body.city).toBe('Paris');
      expect((await take(moderator, created.id, 'reject', { reason: 'Name the salary.' })).status).toBe(200);
      const rejected = await job(created.id);
      await owner
        .put(`/api/jobs/${created.id}`)
        .send({ description: 'Write Python. Salary: 60k.', row_version: rejected.row_version })
        .expect(200);
      expect((await take(owner, created.id, 'submit')).status).toBe(200);
    });

    it('refuses a PUT that changes status with 422 naming the transition endpoints; repeating it is fine', async () => {
      const created = (await moderator.post('/api/jobs').send(posting()).expect(201)).body;
      const res = await moderator.put(`/api/jobs/${created.id}`).send({ status: 'approved', row_version: created.row_version }).expect(422);
      expect(res.body.errors.status).toMatch(
        /changes only through its transitions: POST \/api\/jobs\/\{id\}\/\{action\}.*submit, approve, reject/,
      );
      expect((await job(created.id)).status).toBe('draft');
      const same = await moderator
        .put(`/api/jobs/${created.id}`)
        .send({ ...created, job_title: 'Renamed', status: 'draft' })
        .expect(200);
      expect(same.body).toMatchObject({ job_title: 'Renamed', status: 'draft' });
    });

    it('never lets a creator delete: they withdraw their job through the remove action', async () => {
      const created = (await owner.post('/api/jobs').send(posting()).expect(201)).body;
      const res = await owner.delete(`/api/jobs/${created.id}`).expect(403);
      expect(res.body.message).toMatch(/POST \/api\/jobs\/\{id\}\/\{action\}/);
      expect(await job(created.id)).toBeDefined();
      expect((await take(owner, created.id, 'remove')).status).toBe(200);
      expect((await job(created.id)).status).toBe('removed');
    });

    it('lets role holders other than moderators post and edit their own jobs, but not other people’s (403: they can see them)', async () => {
      const editor = await s.as('content_editor');
      const own = (await editor.post('/api/jobs').send(posting()).expect(201)).body;
      await editor.put(`/api/jobs/${own.id}`).send({ city: 'Metz', row_version: own.row_version }).expect(200);
      const theirs = await job(strangersJob);
      await editor.put(`/api/jobs/${strangersJob}`).send({ city: 'Metz', row_version: theirs.row_version }).expect(403);
      await editor.delete(`/api/jobs/${strangersJob}`).expect(403);
    });
  });

  describe('transitions of creators', () => {
    it('offers a creator submit and remove on their draft, with no reason required', async () => {
      const created = (await owner.post('/api/jobs').send(posting()).expect(201)).body;
      expect((await owner.get(`/api/jobs/${created.id}/transitions`).expect(200)).body).toEqual([
        { action: 'submit', to: 'review', reason_required: false },
        { action: 'remove', to: 'removed', reason_required: false },
      ]);
      expect((await take(owner, created.id, 'submit')).status).toBe(200);
      expect((await owner.get(`/api/jobs/${created.id}/transitions`).expect(200)).body).toEqual([
        { action: 'remove', to: 'removed', reason_required: false },
      ]);
    });
  });

  describe('comments and history', () => {
    it('takes comments from moderators and the creator, 403 from other role holders, 404 from those who cannot see the job', async () => {
      const created = (await owner.post('/api/jobs').send(posting()).expect(201)).body;
      const mine = await owner.post(`/api/jobs/${created.id}/comments`).send({ comment: 'Is the salary needed?' }).expect(201);
      expect(mine.body).toMatchObject({
        kind: 'comment',
        actor_id: ownerId,
        actor_username: 'test-no_role',
        comment: 'Is the salary needed?',
        comment_markup_type: 'rst',
      });
      await moderator
        .post(`/api/jobs/${created.id}/comments`)
        .send({ comment: 'Yes, please.', comment_markup_type: 'markdown' })
        .expect(201);
      const editor = await s.as('content_editor');
      expect((await editor.post(`/api/jobs/${created.id}/comments`).send({ comment: 'Drive-by' })).status).toBe(403);
      expect((await stranger.post(`/api/jobs/${created.id}/comments`).send({ comment: 'Drive-by' })).status).toBe(404);
      expect((await owner.post(`/api/jobs/${created.id}/comments`).send({ comment: '   ' })).status).toBe(422);
      const audit = await s.t.db.query(`SELECT * FROM audit_log WHERE resource = 'job-review-comments' AND record_id = $1`, [mine.body.id]);
      expect(audit).toHaveLength(1);
    });

    it('merges transitions and comments, oldest first, with who did each', async () => {
      const created = (await owner.post('/api/jobs').send(posting()).expect(201)).body;
      await take(owner, created.id, 'submit').then((r) => expect(r.status).toBe(200));
      await owner.post(`/api/jobs/${created.id}/comments`).send({ comment: 'Submitted, thanks.' }).expect(201);
      await take(moderator, created.id, 'reject', { reason: 'Say where.' }).then((r) => expect(r.status).toBe(200));
      await moderator.post(`/api/jobs/${created.id}/comments`).send({ comment: 'Lyon is fine.' }).expect(201);
      const history = (await owner.get(`/api/jobs/${created.id}/history`).expect(200)).body as Row[];
      expect(history).toEqual([
        {
          kind: 'transition',
          id: expect.any(Number),
          created: expect.any(String),
          actor_id: ownerId,
          actor_username: 'test-no_role',
          action: 'submit',
          from_status: 'draft',
          to_status: 'review',
          reason: null,
        },
        {
          kind: 'comment',
          id: expect.any(Number),
          created: expect.any(String),
          actor_id: ownerId,
          actor_username: 'test-no_role',
          comment: 'Submitted, thanks.',
          comment_markup_type: 'rst',
        },
        {
          kind: 'transition',
          id: expect.any(Number),
          created: expect.any(String),
          actor_id: expect.any(Number),
          actor_username: 'test-job_moderator',
          action: 'reject',
          from_status: 'review',
          to_status: 'rejected',
          reason: 'Say where.',
        },
        {
          kind: 'comment',
          id: expect.any(Number),
          created: expect.any(String),
          actor_id: expect.any(Number),
          actor_username: 'test-job_moderator',
          comment: 'Lyon is fine.',
          comment_markup_type: 'rst',
        },
      ]);
      expect((await moderator.get(`/api/jobs/${created.id}/history`).expect(200)).body).toEqual(history);
    });
  });

  describe('the rejection preview', () => {
    it('shows a moderator the exact e-mail the submitter will get', async () => {
      const created = (
        await owner
          .post('/api/jobs')
          .send(posting({ job_title: 'Preview me' }))
          .expect(201)
      ).body;
      await take(owner, created.id, 'submit');
      const preview = await moderator
        .get(`/api/jobs/${created.id}/reject/preview?reason=${encodeURIComponent('Please add a salary range.')}`)
        .expect(200);
      expect(preview.body).toEqual({
        to: expect.arrayContaining(['test-no_role@example.org']),
        subject: expect.stringContaining('Preview me'),
        text: expect.stringContaining('Please add a salary range.'),
      });
      await take(moderator, created.id, 'reject', { reason: 'Please add a salary range.' });
      const [queued] = await s.t.db.query(
        `SELECT recipients, subject, body FROM outbox WHERE kind = 'job.reject' ORDER BY id DESC LIMIT 1`,
      );
      expect(queued).toEqual({ recipients: preview.body.to, subject: preview.body.subject, body: preview.body.text });
    });

    it('applies the rejection’s own checks: a reason (422), the role (403), the state (409)', async () => {
      const created = (await owner.post('/api/jobs').send(posting()).expect(201)).body;
      expect((await moderator.get(`/api/jobs/${created.id}/reject/preview?reason=x`)).status).toBe(409);
      await take(owner, created.id, 'submit');
      expect((await moderator.get(`/api/jobs/${created.id}/reject/preview`)).status).toBe(422);
      expect((await (await s.as('content_editor')).get(`/api/jobs/${created.id}/reject/preview?reason=x`)).status).toBe(403);
      expect((await owner.get(`/api/jobs/${created.id}/reject/preview?reason=x`)).status).toBe(403);
    });
  });
});
