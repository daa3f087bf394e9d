import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listenerName } from '../../server/auth/authChanges.js';
import { call, databaseWithToken, eventually, startInstance, type Instance } from './support.js';

const METRICS_TOKEN = 'metrics-token-for-the-auth-cache-test';
const TTL_MS = 6_000;
const PING_MS = 300;

/** One sample of this process's metrics, e.g. auth_cache_lookups_total{result="hit"}. */
async function metric(instance: Instance, sample: string): Promise<number> {
  const text = (await call(instance.base, 'GET', '/api/metrics', { token: METRICS_TOKEN })).body as string;
  const line = text.split('\n').find((l) => l.startsWith(`${sample} `));
  return line ? Number(line.split(' ')[1]) : 0;
}
const hits = (instance: Instance) => metric(instance, 'auth_cache_lookups_total{result="hit"}');
const listening = async (instance: Instance) => (await metric(instance, 'auth_changes_listening')) === 1;

/** Refused yet? Polled every 20 ms; how long it took, or Infinity past the limit. */
async function msUntilRefused(instance: Instance, token: string, limitMs: number): Promise<number> {
  const started = performance.now();
  while (performance.now() - started < limitMs) {
    if ((await call(instance.base, 'GET', '/api/releases?range=[0,0]', { token })).status === 401) return performance.now() - started;
    await new Promise((r) => setTimeout(r, 20));
  }
  return Infinity;
}

describe('the auth cache, across two server processes', () => {
  const files = databaseWithToken();
  let a: Instance;
  let b: Instance;
  let admin: pg.Client;
  beforeAll(async () => {
    const env = { METRICS_TOKEN, AUTH_CACHE_TTL_MS: String(TTL_MS), AUTH_LISTENER_PING_MS: String(PING_MS) };
    [a, b] = await Promise.all([startInstance(files.t.url, env), startInstance(files.t.url, env)]);
    await eventually(async () => (await listening(a)) && (await listening(b)), 10_000, 'both instances listening');
    admin = new pg.Client({ connectionString: files.t.url });
    await admin.connect();
  });
  afterAll(async () => {
    await admin?.end();
    await Promise.all([a?.stop(), b?.stop()]);
  });

  /** A new API token of the test's superuser, issued through instance a. */
  async function newToken(name: string): Promise<{ id: number; token: string }> {
    const res = await call(a.base, 'POST', '/api/auth/tokens', { token: files.token, body: { name } });
    expect(res.status).toBe(201);
    return { id: res.body.id, token: res.body.token };
  }

  /** Uses the token on the instance until its answer comes from the cache (the hit counter moves). */
  async function cachedOn(instance: Instance, token: string): Promise<void> {
    expect((await call(instance.base, 'GET', '/api/releases?range=[0,0]', { token })).status).toBe(200);
    const before = await hits(instance);
    expect((await call(instance.base, 'GET', '/api/releases?range=[0,0]', { token })).status).toBe(200);
    expect(await hits(instance)).toBeGreaterThan(before);
  }

  /** The backend of an instance's auth listener, as PostgreSQL knows it. */
  async function listenerBackend(instance: Instance): Promise<number> {
    const { rows } = await admin.query('SELECT pid FROM pg_stat_activity WHERE application_name = $1', [
      listenerName(instance.server.child.pid),
    ]);
    expect(rows).toHaveLength(1);
    return rows[0].pid;
  }

  it('a token revoked through one process is refused by the other within a second', async () => {
    const { id, token } = await newToken('revoked-elsewhere');
    await cachedOn(b, token);
    expect((await call(a.base, 'DELETE', `/api/auth/tokens/${id}`, { token })).status).toBe(200);
    const ms = await msUntilRefused(b, token, 1_000);
    expect(ms).toBeLessThan(1_000);
  });

  it('a user deactivated outside the servers (psql) is refused by both within a second', async () => {
    const { token } = await newToken('deactivated');
    await cachedOn(a, token);
    await cachedOn(b, token);
    const [{ user_id: userId }] = (await admin.query('SELECT user_id FROM auth_tokens WHERE name = $1', ['deactivated'])).rows;
    await admin.query('UPDATE users SET is_active = false WHERE id = $1', [userId]);
    try {
      expect(await msUntilRefused(a, token, 1_000)).toBeLessThan(1_000);
      expect(await msUntilRefused(b, token, 1_000)).toBeLessThan(1_000);
    } finally {
      await admin.query('UPDATE users SET is_active = true WHERE id = $1', [userId]);
    }
  });

  it('when the listener’s connection drops, the cache is emptied and off until it is back, then serves again', async () => {
    const { token } = await newToken('dropped-listener');
    await cachedOn(b, token);
    await admin.query('SELECT pg_terminate_backend($1)', [await listenerBackend(b)]);
    await eventually(async () => !(await listening(b)), 5_000, 'b noticed its listener is gone');
    // A change b cannot hear of: it must still not serve what it had cached.
    await admin.query('DELETE FROM auth_tokens WHERE name = $1', ['dropped-listener']);
    expect((await call(b.base, 'GET', '/api/releases?range=[0,0]', { token })).status).toBe(401);
    // Back: listening again, and answering from the cache again.
    await eventually(() => listening(b), 10_000, 'b listens again');
    await cachedOn(b, (await newToken('after-reconnect')).token);
  });

  it('a listener that stops answering is given up: a lost change is never served past the cache’s bound', async () => {
    const { token } = await newToken('silent-listener');
    await cachedOn(b, token);
    const backend = await listenerBackend(b);
    // Frozen, not closed: the connection looks alive, and notifications to b go unheard.
    process.kill(backend, 'SIGSTOP');
    try {
      await admin.query('DELETE FROM auth_tokens WHERE name = $1', ['silent-listener']);
      const ms = await msUntilRefused(b, token, TTL_MS + 1_000);
      // Given up after one unanswered check (checked every PING_MS, waited on as long): well before the
      // entry, cached just before, would have expired by itself (TTL_MS), which is all a missing check would leave.
      expect(ms).toBeLessThan(TTL_MS / 2);
      expect(await listening(b)).toBe(false);
    } finally {
      process.kill(backend, 'SIGCONT');
    }
    await eventually(() => listening(b), 10_000, 'b listens again');
    await cachedOn(b, (await newToken('after-silence')).token);
  });
});
