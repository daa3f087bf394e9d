import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LIMITS } from '../../server/auth/throttle.js';
import { createTestDatabase, type TestDatabase } from '../support/database.js';
import { call, eventually, startInstance, type Instance } from './support.js';

const DEMO_PASSWORD = 'demo password for instances';
const METRICS_TOKEN = 'metrics-token-for-the-instances-test';

/** Signs in through one instance; the session cookie and CSRF token it hands out. */
async function signIn(base: string, username: string, password: string): Promise<{ status: number; cookie: string; csrf: string }> {
  const res = await fetch(`${base}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, password }),
  });
  const body = await res.json();
  return { status: res.status, cookie: (res.headers.get('set-cookie') ?? '').split(';')[0], csrf: body.csrf_token };
}

describe('two instances on one database', () => {
  let t: TestDatabase;
  let a: Instance;
  let b: Instance;
  beforeAll(async () => {
    t = await createTestDatabase({ migrated: false });
    const env = { SEED_DEMO: 'true', DEMO_PASSWORD, OUTBOX_INTERVAL_SECONDS: '1', METRICS_TOKEN };
    // Started together on an empty database: one migrates and seeds while the other waits its turn.
    [a, b] = await Promise.all([startInstance(t.url, env), startInstance(t.url, env)]);
  });
  afterAll(async () => {
    await Promise.all([a?.stop(), b?.stop()]);
    await t.drop();
  });

  it('migrated and seeded the database once', async () => {
    const [row] = await t.db
      .query(`SELECT (SELECT count(*)::int FROM migrations) AS migrations, (SELECT count(*)::int FROM users WHERE username = 'ewa') AS ewa,
      (SELECT count(*)::int FROM users WHERE username = 'admin') AS admins`);
    expect(row).toEqual({ migrations: t.db.migrations.length, ewa: 1, admins: 1 });
    expect(`${a.server.output()}${b.server.output()}`.match(/loading the demo data/g)?.length).toBe(1);
  });

  it('share a session: signed in through one, signed in on the other, and signed out everywhere at once', async () => {
    const session = await signIn(a.base, 'ewa', DEMO_PASSWORD);
    expect(session.status).toBe(200);
    const headers = { cookie: session.cookie, 'x-csrf-token': session.csrf, origin: b.base };
    const me = await call(b.base, 'GET', '/api/auth/me', { headers });
    expect(me).toMatchObject({ status: 200, body: { username: 'ewa' } });
    const created = await call(b.base, 'POST', '/api/boxes', { headers, body: { label: 'made-on-b', content: '' } });
    expect(created.status).toBe(201);
    expect((await call(a.base, 'GET', `/api/boxes/${created.body.id}`, { headers })).body.label).toBe('made-on-b');
    expect((await call(b.base, 'POST', '/api/auth/logout', { headers })).status).toBe(204);
    // a had the session cached: it hears of the sign-out through auth_changed, within a second.
    const ms = await eventually(
      async () => (await call(a.base, 'GET', '/api/auth/me', { headers })).status === 401,
      1_000,
      'signed out on a',
    );
    expect(ms).toBeLessThan(1_000);
  });

  it('hold one sign-in limit across both: failures through either count together', async () => {
    for (let i = 0; i < LIMITS.account; i++) {
      const instance = i % 2 ? b : a;
      expect((await signIn(instance.base, 'hugo', 'wrong password')).status).toBe(401);
    }
    for (const instance of [a, b]) {
      const locked = await signIn(instance.base, 'hugo', DEMO_PASSWORD); // even the right password
      expect(locked.status).toBe(429);
    }
  });

  it('deliver each queued mail once, whichever instance ticks first, and record one run per tick', async () => {
    const [{ id }] = await t.db.query(
      `INSERT INTO outbox (kind, recipients, subject, body) VALUES ('test', '{someone@example.org}', 'Hello', 'Once') RETURNING id`,
    );
    await eventually(
      async () => (await t.db.query(`SELECT status FROM outbox WHERE id = $1`, [id]))[0].status === 'sent',
      10_000,
      'mail sent',
    );
    const [mail] = await t.db.query(`SELECT status, attempts FROM outbox WHERE id = $1`, [id]);
    expect(mail).toEqual({ status: 'sent', attempts: 1 });
    const logged = `${a.server.output()}${b.server.output()}`
      .split('\n')
      .filter((line) => line.includes(`"outbox":${id},`) && line.includes('logged instead of sent'));
    expect(logged.length).toBe(1);
    // Between ticks (they start 50-250 ms after each second), every tick so far has finished.
    await new Promise((resolve) => setTimeout(resolve, 3_000 + 600 - (Date.now() % 1000)));
    const counted = async (instance: Instance, outcome: string) => {
      const text = (await call(instance.base, 'GET', '/api/metrics', { token: METRICS_TOKEN })).body as string;
      return Number(text.match(new RegExp(`background_task_runs_total\\{task="outbox",outcome="${outcome}"\\} (\\d+)`))?.[1] ?? 0);
    };
    const [ranA, ranB, skippedA, skippedB] = await Promise.all([
      counted(a, 'completed'),
      counted(b, 'completed'),
      counted(a, 'skipped'),
      counted(b, 'skipped'),
    ]);
    const runs: { worker: string }[] = await t.db.query(`SELECT worker FROM task_runs WHERE task = 'outbox' AND status = 'completed'`);
    expect(runs.length).toBeGreaterThan(3);
    // Each tick ran on exactly one of the two; the other found it taken (but for ticks before it was up).
    expect(ranA + ranB).toBe(runs.length);
    expect(skippedA + skippedB).toBeGreaterThanOrEqual(runs.length - 2);
    expect(skippedA + skippedB).toBeLessThanOrEqual(runs.length);
    expect(new Set(runs.map((r) => r.worker)).size).toBeLessThanOrEqual(2);
  });
});
