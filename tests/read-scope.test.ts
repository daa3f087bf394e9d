import type request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createUser } from '../server/seed/users.js';
import { PASSWORD, setupApi, signIn, type TestApi } from './support/api.js';
import { insert, rows } from './support/rows.js';

type Call = [label: string, send: (agent: request.Agent, id: number) => request.Test];

/** Every route that reads one job, as a client would call it. */
const JOB_ROUTES: Call[] = [
  ['get', (a, id) => a.get(`/api/jobs/${id}`)],
  ['update', (a, id) => a.put(`/api/jobs/${id}`).send({ row_version: 1, job_title: 'Mine now' })],
  ['delete', (a, id) => a.delete(`/api/jobs/${id}`)],
  ['history', (a, id) => a.get(`/api/jobs/${id}/history`)],
  ['transitions', (a, id) => a.get(`/api/jobs/${id}/transitions`)],
  ['comments', (a, id) => a.post(`/api/jobs/${id}/comments`).send({ comment: 'Hello?' })],
  ['a transition', (a, id) => a.post(`/api/jobs/${id}/submit`).send({ row_version: 1 })],
  ['reject preview', (a, id) => a.get(`/api/jobs/${id}/reject/preview?reason=No`)],
];

async function answers(agent: request.Agent, id: number, calls: Call[]) {
  const out: Record<string, { status: number; text: string }> = {};
  for (const [label, send] of calls) {
    const res = await send(agent, id);
    out[label] = { status: res.status, text: res.text };
  }
  return out;
}

describe('one read scope (visibleRows) for every route that reads a record', () => {
  let s: TestApi;
  let category: number;

  beforeAll(async () => {
    s = await setupApi({ seed: false });
    category = await insert(s.t.db, 'job_categories', rows.jobCategory());
  });
  afterAll(() => s.t.drop());

  const noRoleUser = async (name: string) => {
    const id = await createUser(s.t.db, { username: name, email: `${name}@example.org`, password: PASSWORD });
    return { id, agent: (await signIn(s.app, name)).agent };
  };

  it("answers a no-role user's request for another's job exactly as for a job that does not exist, on every route", async () => {
    const owner = await noRoleUser('scope-owner');
    const stranger = await noRoleUser('scope-stranger');
    const hidden = await insert(s.t.db, 'jobs', rows.job(category, { creator_id: owner.id, last_modified_by_id: owner.id }));

    const whileHidden = await answers(stranger.agent, hidden, JOB_ROUTES);
    for (const [label] of JOB_ROUTES) expect(whileHidden[label].status, label).toBe(404);
    // The job was not touched by any of them.
    const [job] = await s.t.db.query('SELECT job_title, row_version, status FROM jobs WHERE id = $1', [hidden]);
    expect(job).toEqual({ job_title: 'Dev', row_version: 1, status: 'draft' });
    expect(await s.t.db.query('SELECT count(*)::int AS n FROM job_review_comments WHERE job_id = $1', [hidden])).toEqual([{ n: 0 }]);

    // Its owner sees it, so the 404s were the scope's, not the routes'.
    expect((await owner.agent.get(`/api/jobs/${hidden}`)).status).toBe(200);
    expect((await owner.agent.get(`/api/jobs/${hidden}/history`)).status).toBe(200);

    await s.t.db.query('DELETE FROM jobs WHERE id = $1', [hidden]);
    const whileMissing = await answers(stranger.agent, hidden, JOB_ROUTES);
    expect(whileHidden).toEqual(whileMissing);
  });

  it('answers an audit entry of a resource the reader may not read as a missing entry', async () => {
    const user = await createUser(s.t.db, { username: 'scope-audited', email: 'scope-audited@example.org', password: PASSWORD });
    const [entry] = await s.t.db.query(
      `INSERT INTO audit_log (actor_id, resource, record_id, action, changes) VALUES (NULL, 'users', $1, 'update', '{}') RETURNING id`,
      [user],
    );
    const editor = await s.as('content_editor');
    const hidden = await editor.get(`/api/audit-log/${entry.id}`);
    expect(hidden.status).toBe(404);
    expect((await s.api().get(`/api/audit-log/${entry.id}`)).status).toBe(200);
    await s.t.db.query('DELETE FROM audit_log WHERE id = $1', [entry.id]);
    const missing = await editor.get(`/api/audit-log/${entry.id}`);
    expect({ status: hidden.status, text: hidden.text }).toEqual({ status: missing.status, text: missing.text });
  });
});
