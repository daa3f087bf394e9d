import pg from 'pg';
import request from 'supertest';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { AuthCache } from '../server/auth/authCache.js';
import { AUTH_CHANNEL } from '../server/auth/authChanges.js';
import { poolOf } from '../server/db/sql.js';
import { createUser } from '../server/seed/users.js';
import { PASSWORD, ra, setupApi, signIn, type TestApi } from './support/api.js';

describe('the auth cache', () => {
  afterEach(() => vi.useRealTimers());

  it('does not store a look-up that raced an invalidation', () => {
    const cache = new AuthCache({ ttlMs: 60_000 });
    cache.enabled = true;
    const since = cache.generation;
    cache.forgetUser(7); // the user changed while the look-up ran: what it read may be old
    cache.set('t:abc', 7, 'old', since);
    expect(cache.get('t:abc')).toBeUndefined();
    cache.set('t:abc', 7, 'new', cache.generation);
    expect(cache.get('t:abc')).toBe('new');
  });

  it('answers nothing while off, forgets all when turned either way, and trusts an entry for its TTL only', () => {
    vi.useFakeTimers();
    const cache = new AuthCache({ ttlMs: 1_000 });
    cache.set('u:1', 1, 'x', cache.generation);
    expect(cache.get('u:1')).toBeUndefined(); // off: nothing stored
    cache.enabled = true;
    cache.set('u:1', 1, 'x', cache.generation);
    expect(cache.get('u:1')).toBe('x');
    vi.advanceTimersByTime(1_001);
    expect(cache.get('u:1')).toBeUndefined();
    cache.set('u:1', 1, 'x', cache.generation);
    cache.enabled = false;
    cache.enabled = true;
    expect(cache.get('u:1')).toBeUndefined();
  });

  it('applies notifications: a user’s entries, one session, or everything', () => {
    const cache = new AuthCache({ ttlMs: 60_000 });
    cache.enabled = true;
    for (const [key, user] of [
      ['t:a', 1],
      ['u:1', 1],
      ['s:one', 1],
      ['t:b', 2],
      ['s:two', 2],
    ] as const)
      cache.set(key, user, key, cache.generation);
    cache.invalidate('user:1');
    expect(['t:a', 'u:1', 's:one', 't:b', 's:two'].map((k) => cache.get(k))).toEqual([undefined, undefined, undefined, 't:b', 's:two']);
    cache.invalidate('session:two');
    expect(cache.get('s:two')).toBeUndefined();
    expect(cache.get('t:b')).toBe('t:b');
    cache.invalidate('*');
    expect(cache.size).toBe(0);
  });
});

describe('auth changes in the database', () => {
  let s: TestApi;
  let listener: pg.Client;
  const heard: string[] = [];
  beforeAll(async () => {
    s = await setupApi();
    listener = new pg.Client({ connectionString: s.t.url });
    await listener.connect();
    listener.on('notification', (n) => heard.push(n.payload ?? ''));
    await listener.query(`LISTEN ${AUTH_CHANNEL}`);
  });
  afterAll(async () => {
    await listener.end();
    await s.t.drop();
  });

  /** What the statement notified, once committed. */
  async function notified(statement: string, values: unknown[] = []): Promise<string[]> {
    heard.length = 0;
    await s.t.db.query(statement, values);
    await listener.query('SELECT 1'); // notifications committed before this arrive before its answer
    return [...heard].sort();
  }

  it('notifies, as the change commits, whose account, roles, tokens or session changed', async () => {
    const id = await createUser(s.t.db, { username: 'notified', email: 'notified@example.org', password: PASSWORD });
    const [{ id: role }] = await s.t.db.query(`SELECT id FROM roles WHERE slug = 'content_editor'`);
    const token = (await (await signIn(s.app, 'notified')).agent.post('/api/auth/tokens').send({ name: 'n' }).expect(201)).body;
    expect(await notified('UPDATE users SET first_name = $1 WHERE id = $2', ['N', id])).toEqual([`user:${id}`]);
    expect(await notified('INSERT INTO user_roles (user_id, role_id) VALUES ($1, $2)', [id, role])).toEqual([`user:${id}`]);
    expect(await notified('DELETE FROM user_roles WHERE user_id = $1', [id])).toEqual([`user:${id}`]);
    expect(await notified(`UPDATE auth_tokens SET expires = now() + interval '1 day' WHERE id = $1`, [token.id])).toEqual([`user:${id}`]);
    // Using a token records when: not a change of who anyone is.
    expect(await notified('UPDATE auth_tokens SET last_used = now() WHERE id = $1', [token.id])).toEqual([]);
    const [{ sid }] = await s.t.db.query('SELECT sid FROM sessions WHERE user_id = $1 LIMIT 1', [id]);
    expect(await notified('DELETE FROM sessions WHERE sid = $1', [sid])).toEqual([`session:${sid}`]);
    expect(await notified(`UPDATE roles SET name = name WHERE slug = 'content_editor'`)).toEqual(['*']);
    // A change rolled back notifies nobody.
    heard.length = 0;
    const client = await poolOf(s.t.db).connect();
    try {
      await client.query('BEGIN');
      await client.query('UPDATE users SET is_active = false WHERE id = $1', [id]);
      await client.query('ROLLBACK');
    } finally {
      client.release();
    }
    await listener.query('SELECT 1');
    expect(heard).toEqual([]);
  });

  it('applies a role taken away through the API at the very next request', async () => {
    const id = await createUser(s.t.db, {
      username: 'demoted',
      email: 'demoted@example.org',
      password: PASSWORD,
      roles: ['content_editor'],
    });
    const { agent } = await signIn(s.app, 'demoted');
    await agent.get(`/api/pages${ra({ range: [0, 0] })}`).expect(200);
    await agent.get(`/api/pages${ra({ range: [0, 0] })}`).expect(200); // from the cache now
    const me = (await s.api().get(`/api/users/${id}`).expect(200)).body;
    await s
      .api()
      .put(`/api/users/${id}`)
      .send({ ...me, role_ids: [] })
      .expect(200);
    await agent.get(`/api/pages${ra({ range: [0, 0] })}`).expect(403);
  });

  it('gives a request with an API token and no cookie no session at all', async () => {
    await createUser(s.t.db, { username: 'scripted', email: 'scripted@example.org', password: PASSWORD, superuser: true });
    const { agent } = await signIn(s.app, 'scripted');
    const { token } = (await agent.post('/api/auth/tokens').send({ name: 'script' }).expect(201)).body;
    const [{ n: before }] = await s.t.db.query('SELECT count(*)::int AS n FROM sessions');
    const res = await request(s.app)
      .get(`/api/releases${ra({ range: [0, 0] })}`)
      .set('Authorization', `Bearer ${token}`)
      .expect(200);
    expect(res.headers['set-cookie']).toBeUndefined();
    const [{ n: after }] = await s.t.db.query('SELECT count(*)::int AS n FROM sessions');
    expect(after).toBe(before);
  });
});
