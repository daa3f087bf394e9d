import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../support/database.js';
import {
  call,
  eventually,
  lockRow,
  sleep,
  startInstance,
  superuserToken,
  terminateServerConnections,
  type Instance,
  type Reply,
} from './support.js';

describe('connections terminated mid-traffic (pg_terminate_backend)', () => {
  let t: TestDatabase;
  let api: Instance;
  let token: string;
  beforeAll(async () => {
    t = await createTestDatabase();
    token = await superuserToken(t);
    api = await startInstance(t.url);
  });
  afterAll(async () => {
    await api?.stop();
    await t.drop();
  });

  it('answers 503 (never 500) while connections die, recovers by itself, and loses no acknowledged write', async () => {
    const [{ id: lockedId }] = await t.db.query(`INSERT INTO boxes (label, content) VALUES ('locked-box', '') RETURNING id`);
    const replies: Reply[] = [];
    const acknowledged: { id: number; label: string }[] = [];
    let running = true;
    let n = 0;
    const client = async () => {
      while (running) {
        const label = `fault-box-${++n}`;
        const created = await call(api.base, 'POST', '/api/boxes', { token, body: { label, content: 'written under fire' } });
        replies.push(created);
        if (created.status === 201) acknowledged.push({ id: created.body.id, label });
        replies.push(await call(api.base, 'GET', '/api/boxes?range=[0,9]', { token }));
      }
    };
    const clients = Array.from({ length: 6 }, client);

    // A write that is waiting on a row lock when its connection is killed: it must get a 503.
    const lock = await lockRow(t.url, 'boxes', lockedId);
    const [{ row_version }] = await t.db.query('SELECT row_version FROM boxes WHERE id = $1', [lockedId]);
    const blocked = call(api.base, 'PUT', `/api/boxes/${lockedId}`, { token, body: { label: 'changed-box', content: '', row_version } });
    await sleep(500);
    let killed = 0;
    for (let round = 0; round < 4; round++) {
      killed += await terminateServerConnections(t.url, t.name);
      await sleep(400);
    }
    const blockedReply = await blocked;
    await lock.release();
    // Traffic goes on after the last kill: it must be served again, with no restart.
    const recoveredIn = await eventually(
      async () => (await call(api.base, 'GET', '/api/boxes?range=[0,0]', { token })).status === 200,
      5_000,
      'service resumes',
    );
    await sleep(500);
    running = false;
    await Promise.all(clients);

    expect(killed).toBeGreaterThan(0);
    expect(blockedReply.status).toBe(503);
    expect(blockedReply.body.message).toMatch(/database is not available/);
    expect(blockedReply.headers.get('retry-after')).toBe('5');
    const statuses = new Map<number, number>();
    for (const r of replies) statuses.set(r.status, (statuses.get(r.status) ?? 0) + 1);
    expect(
      [...statuses.keys()].filter((s) => ![200, 201, 503].includes(s)),
      JSON.stringify([...statuses]),
    ).toEqual([]);
    expect(statuses.get(201)).toBeGreaterThan(10);
    expect(recoveredIn).toBeLessThan(5_000);
    // The locked box kept its label: the refused write changed nothing.
    const [locked] = await t.db.query('SELECT label FROM boxes WHERE id = $1', [lockedId]);
    expect(locked.label).toBe('locked-box');
    // Every write the API acknowledged is in the database.
    const stored: { id: number; label: string }[] = await t.db.query('SELECT id, label FROM boxes WHERE id = ANY($1)', [
      acknowledged.map((a) => a.id),
    ]);
    expect(stored.length).toBe(acknowledged.length);
    const labels = new Map(stored.map((s) => [s.id, s.label]));
    expect(acknowledged.every((a) => labels.get(a.id) === a.label)).toBe(true);
    // And the process never went down.
    expect(api.server.child.exitCode).toBeNull();
    expect(api.server.output()).not.toMatch(/"level":50[^\n]*unhandled error/);
  });
});
