import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../support/database.js';
import { startTcpProxy, type TcpProxy } from '../support/tcpProxy.js';
import { call, eventually, startInstance, superuserToken, type Instance } from './support.js';

const SECRET = 'never-log-this-pw';

/**
 * A login role of this file's own with a password that must never be logged (the machine's
 * trust auth ignores it; the embedded PostgreSQL checks it). Superuser, so it may migrate.
 */
async function secretRole(): Promise<{ name: string; drop: () => Promise<void> }> {
  const name = `fault_${randomBytes(4).toString('hex')}`;
  const admin = async (sql: string) => {
    const client = new pg.Client({ connectionString: inject('serverUrl') });
    await client.connect();
    await client.query(sql).finally(() => client.end());
  };
  await admin(`CREATE ROLE ${name} LOGIN SUPERUSER PASSWORD '${SECRET}'`);
  return { name, drop: () => admin(`DROP ROLE IF EXISTS ${name}`) };
}

/** The test database's URL, reached through the proxy, as that role. */
function throughProxy(t: TestDatabase, proxy: TcpProxy, role: string): string {
  const url = new URL(t.url);
  url.host = `127.0.0.1:${proxy.port}`;
  url.username = role;
  url.password = SECRET;
  return url.toString();
}

const target = () => {
  const url = new URL(inject('serverUrl'));
  return { host: url.hostname, port: Number(url.port || 5432) };
};

describe('the database becomes unreachable under a running server', () => {
  let t: TestDatabase;
  let proxy: TcpProxy;
  let role: Awaited<ReturnType<typeof secretRole>>;
  let api: Instance;
  let token: string;
  beforeAll(async () => {
    role = await secretRole();
    t = await createTestDatabase();
    token = await superuserToken(t);
    proxy = await startTcpProxy(target());
    api = await startInstance(throughProxy(t, proxy, role.name), { DB_ACQUIRE_TIMEOUT_MS: '1000' });
  });
  afterAll(async () => {
    await api?.stop();
    await proxy?.close();
    await t.drop();
    await role?.drop();
  });

  it('answers 503 fast, stays live but not ready, and serves again by itself when the database returns', async () => {
    expect((await call(api.base, 'GET', '/api/boxes', { token })).status).toBe(200);
    await proxy.cut();

    const refused = await call(api.base, 'GET', '/api/boxes', { token });
    expect(refused.status).toBe(503);
    expect(refused.body.message).toMatch(/database is not available/);
    expect(refused.ms).toBeLessThan(5_000);
    const write = await call(api.base, 'POST', '/api/boxes', { token, body: { label: 'while-down', content: '' } });
    expect(write.status).toBe(503);
    const health = await call(api.base, 'GET', '/api/health');
    expect(health).toMatchObject({ status: 200, body: { status: 'ok', database: 'unreachable' } });
    const ready = await call(api.base, 'GET', '/api/ready');
    expect(ready).toMatchObject({ status: 503, body: { status: 'not ready', database: 'unreachable' } });

    await proxy.restore();
    const back = await eventually(
      async () => (await call(api.base, 'GET', '/api/boxes', { token })).status === 200,
      10_000,
      'service resumes',
    );
    expect(back).toBeLessThan(10_000);
    expect((await call(api.base, 'GET', '/api/ready')).status).toBe(200);
    expect((await call(api.base, 'POST', '/api/boxes', { token, body: { label: 'after-return', content: '' } })).status).toBe(201);
    const [{ count }] = await t.db.query(`SELECT count(*)::int AS count FROM boxes WHERE label = 'while-down'`);
    expect(count).toBe(0);
    expect(api.server.child.exitCode).toBeNull();
    expect(api.server.output()).not.toContain(SECRET);
  });
});

describe('start-up while the database is unreachable', () => {
  let t: TestDatabase;
  let proxy: TcpProxy;
  let role: Awaited<ReturnType<typeof secretRole>>;
  beforeAll(async () => {
    role = await secretRole();
    t = await createTestDatabase({ migrated: false });
    proxy = await startTcpProxy(target(), { listening: false });
  });
  afterAll(async () => {
    await proxy?.close();
    await t.drop();
    await role?.drop();
  });

  it('keeps retrying with an honest log line, is live but not ready, then migrates and serves once the database answers', async () => {
    const api = await startInstance(throughProxy(t, proxy, role.name), {}, { ready: false });
    try {
      await eventually(async () => (api.server.output().match(/not reachable/g) ?? []).length >= 2, 10_000, 'two retries logged');
      expect(await call(api.base, 'GET', '/api/health')).toMatchObject({ status: 200, body: { status: 'ok', database: 'unreachable' } });
      const ready = await call(api.base, 'GET', '/api/ready');
      expect(ready).toMatchObject({ status: 503, body: { status: 'starting', database: 'unreachable' } });
      expect(ready.body.message).toMatch(/waiting for the database: ECONNREFUSED/);
      const other = await call(api.base, 'GET', '/api/boxes');
      expect(other.status).toBe(503);
      expect(other.headers.get('retry-after')).toBe('5');
      expect(other.body.message).toMatch(/starting/);
      // Capped backoff: the delays grow, then stay at the cap.
      const delays = [...api.server.output().matchAll(/"retryInMs":(\d+)/g)].map((m) => Number(m[1]));
      expect(delays.slice(0, 2)).toEqual([500, 1000]);

      await proxy.restore();
      await eventually(async () => (await call(api.base, 'GET', '/api/ready')).status === 200, 30_000, 'ready once the database answers');
      const [{ count }] = await t.db.query('SELECT count(*)::int AS count FROM migrations');
      expect(count).toBe(t.db.migrations.length);
      expect(api.server.output()).toContain('the database answers now');
      expect(api.server.output()).not.toContain(SECRET);
      expect(await api.stop()).toBe(0);
    } finally {
      await api.stop();
    }
  });

  it('stops at once and cleanly on SIGTERM while still waiting', async () => {
    await proxy.cut();
    const api = await startInstance(throughProxy(t, proxy, role.name), {}, { ready: false });
    const started = Date.now();
    expect(await api.stop()).toBe(0);
    expect(Date.now() - started).toBeLessThan(3_000);
  });
});
