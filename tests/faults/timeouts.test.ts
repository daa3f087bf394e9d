import { describe, expect, it } from 'vitest';
import { call, lockRow, newBox, sleep, startInstance, databaseWithToken } from './support.js';

describe('time limits', () => {
  const scratch = databaseWithToken();

  it('a statement past statement_timeout gets a 504, its connection goes back to the pool, and the next request succeeds', async () => {
    const { t, token } = scratch;
    // One connection only: if the timed-out request kept it, nothing after it could be served.
    const api = await startInstance(t.url, { DB_POOL_SIZE: '1', DB_STATEMENT_TIMEOUT_MS: '700' });
    try {
      const box = await newBox(t, 'slow-box');
      const lock = await lockRow(t.url, 'boxes', box.id);
      const slow = await call(api.base, 'PUT', `/api/boxes/${box.id}`, {
        token,
        body: { label: 'slow-box', content: 'changed', row_version: box.row_version },
      });
      expect(slow.status).toBe(504);
      expect(slow.body.message).toMatch(/took longer than this server allows/);
      expect(slow.ms).toBeLessThan(5_000);
      expect((await call(api.base, 'GET', `/api/boxes/${box.id}`, { token })).status).toBe(200);
      await lock.release();
      // The cancelled write changed nothing, and the same write now goes through.
      const [after] = await t.db.query('SELECT content, row_version FROM boxes WHERE id = $1', [box.id]);
      expect(after).toEqual({ content: '', row_version: box.row_version });
      const retry = await call(api.base, 'PUT', `/api/boxes/${box.id}`, {
        token,
        body: { label: 'slow-box', content: 'changed', row_version: box.row_version },
      });
      expect(retry.status).toBe(200);
      expect(api.server.child.exitCode).toBeNull();
    } finally {
      await api.stop();
    }
  });

  it('under overload a request waits at most the acquire timeout for a connection, and refusals by auth or validation need none', async () => {
    const { t, token } = scratch;
    const api = await startInstance(t.url, { DB_POOL_SIZE: '1', DB_ACQUIRE_TIMEOUT_MS: '500', DB_STATEMENT_TIMEOUT_MS: '0' });
    try {
      const box = await newBox(t, 'busy-box');
      const lock = await lockRow(t.url, 'boxes', box.id);
      // This write waits on the row lock and holds the pool's only connection meanwhile.
      const holder = call(api.base, 'PUT', `/api/boxes/${box.id}`, {
        token,
        body: { label: 'busy-box', content: 'x', row_version: box.row_version },
      });
      await sleep(500);

      const starved = await call(api.base, 'GET', '/api/boxes', { token });
      expect(starved.status).toBe(503);
      expect(starved.ms).toBeLessThan(3_000);
      // Refused before any connection is asked for, so they are answered at once, pool or no pool.
      const noCredentials = await call(api.base, 'GET', '/api/boxes');
      const forgedToken = await call(api.base, 'GET', '/api/boxes', { token: 'not-one-of-ours' });
      const malformed = await fetch(`${api.base}/api/boxes`, {
        method: 'POST',
        headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
        body: '{"label":',
      });
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
