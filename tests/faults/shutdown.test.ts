import { describe, expect, it } from 'vitest';
import { call, lockRow, newBox, sleep, startInstance, databaseWithToken } from './support.js';

describe('graceful shutdown', () => {
  const scratch = databaseWithToken();

  it('on SIGTERM stops accepting connections, lets the slow request in flight finish, and exits 0', async () => {
    const { t, token } = scratch;
    const api = await startInstance(t.url, { OUTBOX_INTERVAL_SECONDS: '1' });
    const box = await newBox(t, 'draining-box');
    const lock = await lockRow(t.url, 'boxes', box.id);
    const inFlight = call(api.base, 'PUT', `/api/boxes/${box.id}`, {
      token,
      body: { label: 'draining-box', content: 'finished', row_version: box.row_version },
    });
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
    const { t, token } = scratch;
    const api = await startInstance(t.url, { SHUTDOWN_TIMEOUT_SECONDS: '1' });
    const box = await newBox(t, 'stuck-box');
    const lock = await lockRow(t.url, 'boxes', box.id);
    const stuck = call(api.base, 'PUT', `/api/boxes/${box.id}`, {
      token,
      body: { label: 'stuck-box', content: 'never', row_version: box.row_version },
    });
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
