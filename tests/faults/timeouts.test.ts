import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../support/database.js';
import { call, lockRow, sleep, startInstance, superuserToken, type Instance } from './support.js';

async function newBox(t: TestDatabase, label: string): Promise<{ id: number; row_version: number }> {
  const [box] = await t.db.query(`INSERT INTO boxes (label, content) VALUES ($1, '') RETURNING id, row_version`, [label]);
  return box;
}

describe('time limits', () => {
  let t: TestDatabase;
  let token: string;
  beforeAll(async () => {
    t = await createTestDatabase();
    token = await superuserToken(t);
  });
  afterAll(() => t.drop());

  it('a statement past statement_timeout gets a 504, its connection goes back to the pool, and the next request succeeds', async () => {
    // One connection only: if the timed-out request kept it, nothing after it could be served.
    const api = await startInstance(t.url, { DB_POOL_SIZE: '1', DB_STATEMENT_TIMEOUT_MS: '700' });
    try {
      const box = await newBox(t, 'slow-box');
      const lock = await lockRow(t.url, 'boxes', box.id);
      const slow = await call(api.base, 'PUT', `/api/boxes/${box.id}`, { token, body: { label: 'slow-box', content: 'changed', row_version: box.row_version } });
      expect(slow.status).toBe(504);
      expect(slow.body.message).toMatch(/took longer than this server allows/);
      expect(slow.ms).toBeLessThan(5_000);
      expect((await call(api.base, 'GET', `/api/boxes/${box.id}`, { token })).status).toBe(200);
      await lock.release();
      // The cancelled write changed nothing, and the same write now goes through.
      const [after] = await t.db.query('SELECT content, row_version FROM boxes WHERE id = $1', [box.id]);
      expect(after).toEqual({ content: '', row_version: box.row_version });
      const retry = await call(api.base, 'PUT', `/api/boxes/${box.id}`, { token, body: { label: 'slow-box', content: 'changed', row_version: box.row_version } });
      expect(retry.status).toBe(200);
      expect(api.server.child.exitCode).toBeNull();
    } finally {
      await api.stop();
    }
  });

  it('under overload a request waits at most the acquire timeout for a connection, and refusals by auth or validation need none', async () => {
    const api = await startInstance(t.url, { DB_POOL_SIZE: '1', DB_ACQUIRE_TIMEOUT_MS: '500', DB_STATEMENT_TIMEOUT_MS: '0' });
    try {
      const box = await newBox(t, 'busy-box');
      const lock = await lockRow(t.url, 'boxes', box.id);
      // This write waits on the row lock and holds the pool's only connection meanwhile.
      const holder = call(api.base, 'PUT', `/api/boxes/${box.id}`, { token, body: { label: 'busy-box', content: 'x', row_version: box.row_version } });
      await sleep(500);

      const starved = await call(api.base, "GET", "/api/boxes", { token });
      expect(starved.status).toBe(503);
      expect(starved.ms).toBeLessThan(3_000);
      // Refused before any connection is asked for, so they are answered at once, pool or no pool.
      const noCredentials = await call(api.base, "GET", "/api/boxes");
      const forgedToken = await call(api.base, 'GET', '/api/boxes', { token: 'not-one-of-ours' });
      const malformed = await fetch(`${api.base}/api/boxes`, { method: 'POST', headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' }, body: '{"label":' });
      const unknownPath = await call(api.base, 'GET', '/api/no-such-thing');
      expect(noCredentials.status).toBe(401);
      expect(forgedToken.status).toBe(401);
      expect(malformed.status).toBe(400);
      expect(unknownPath.status).toBe(404);
      for (const reply of [noCredentials, forgedToken, unknownPath]) expect(reply.ms).toBeLessThan(400);

      await lock.release();
      expect((await holder).status).toBe(200);
      expect((await call(api.base, 'GET', '/api/boxes', { token })).status).toBe(200);
    } finally {
      await api.stop();
    }
  });
});

describe('graceful shutdown', () => {
  let t: TestDatabase;
  let token: string;
  beforeAll(async () => {
    t = await createTestDatabase();
    token = await superuserToken(t);
  });
  afterAll(() => t.drop());

  it('on SIGTERM stops accepting connections, lets the slow request in flight finish, and exits 0', async () => {
    const api = await startInstance(t.url, { OUTBOX_INTERVAL_SECONDS: '1' });
    const box = await newBox(t, 'draining-box');
    const lock = await lockRow(t.url, 'boxes', box.id);
    const inFlight = call(api.base, 'PUT', `/api/boxes/${box.id}`, { token, body: { label: 'draining-box', content: 'finished', row_version: box.row_version } });
    await sleep(500);
    api.server.child.kill('SIGTERM');
    await sleep(500);
    const late = await call(api.base, 'GET', '/api/health');
    expect(late.status).toBe(0); // connection refused: nobody listens any more
    expect(api.server.child.exitCode).toBeNull(); // still finishing the request
    await sleep(1_000);
    await lock.release();
    const reply = await inFlight;
    expect(reply.status).toBe(200);
    expect(reply.body.content).toBe('finished');
    expect(await api.server.exited).toBe(0);
    expect(api.server.output()).toContain('shutting down');
    expect(api.server.output()).toContain('"msg":"stopped"');
    const [{ content }] = await t.db.query('SELECT content FROM boxes WHERE id = $1', [box.id]);
    expect(content).toBe('finished');
    // The scheduler started no run after SIGTERM, and left none active.
    const [{ active }] = await t.db.query(`SELECT count(*)::int AS active FROM task_runs WHERE status = 'active'`);
    expect(active).toBe(0);
  });

  it('cuts requests still running after SHUTDOWN_TIMEOUT_SECONDS, and still exits 0', async () => {
    const api = await startInstance(t.url, { SHUTDOWN_TIMEOUT_SECONDS: '1' });
    const box = await newBox(t, 'stuck-box');
    const lock = await lockRow(t.url, 'boxes', box.id);
    const stuck = call(api.base, 'PUT', `/api/boxes/${box.id}`, { token, body: { label: 'stuck-box', content: 'never', row_version: box.row_version } });
    await sleep(500);
    const stopped = Date.now();
    api.server.child.kill('SIGTERM');
    expect(await api.server.exited).toBe(0);
    expect(Date.now() - stopped).toBeLessThan(5_000);
    expect((await stuck).status).toBe(0);
    expect(api.server.output()).toContain('were cut off');
    await lock.release();
    const [{ content }] = await t.db.query('SELECT content FROM boxes WHERE id = $1', [box.id]);
    expect(content).toBe(''); // its transaction died with the connection
  });
});
