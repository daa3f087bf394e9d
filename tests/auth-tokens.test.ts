import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LIMITS } from '../server/auth/throttle.js';
import { createUser } from '../server/seed/users.js';
import { PASSWORD, ra, setupApi, signIn, type TestApi } from './support/api.js';

describe('API tokens for scripts', () => {
  let s: TestApi;
  beforeAll(async () => {
    s = await setupApi();
    await createUser(s.t.db, { username: 'rm', email: 'rm@example.org', password: PASSWORD, roles: ['release_manager'] });
  });
  afterAll(() => s.t.drop());

  it('creates a token whose secret is shown once and stored only as a hash', async () => {
    const { agent } = await signIn(s.app, 'rm');
    const created = await agent.post('/api/auth/tokens').send({ name: 'release script' }).expect(201);
    expect(created.body.token).toMatch(/^pyo_[\w-]{43}$/);
    expect(created.body).not.toHaveProperty('token_hash');
    const [row] = await s.t.db.query('SELECT token_hash FROM auth_tokens WHERE id = $1', [created.body.id]);
    expect(row.token_hash).toMatch(/^[0-9a-f]{64}$/);
    expect(row.token_hash).not.toContain(created.body.token);
    const listed = (await agent.get('/api/auth/tokens').expect(200)).body;
    expect(listed.map((t: { id: number }) => t.id)).toContain(created.body.id);
    expect(JSON.stringify(listed)).not.toContain(created.body.token);
    expect(JSON.stringify(listed)).not.toContain(row.token_hash);
  });

  it('authenticates with the owner’s roles, needs no CSRF header, records use and is audited', async () => {
    const { agent } = await signIn(s.app, 'rm');
    const { token, id } = (await agent.post('/api/auth/tokens').send({ name: 'ci' }).expect(201)).body;
    const bearer = (r: request.Test) => r.set('Authorization', `Bearer ${token}`);
    await bearer(request(s.app).get(`/api/releases${ra({ range: [0, 0] })}`)).expect(200);
    const os = await bearer(request(s.app).post('/api/operating-systems')).send({ name: 'Android', slug: 'android' }).expect(201);
    await bearer(request(s.app).post('/api/pages')).send({ title: 'x', path: 'x', content: 'x' }).expect(403);
    const [used] = await s.t.db.query('SELECT last_used FROM auth_tokens WHERE id = $1', [id]);
    expect(used.last_used).not.toBeNull();
    const audit = (
      await s
        .api()
        .get(`/api/audit-log${ra({ filter: { resource: 'operating-systems', record_id: os.body.id } })}`)
        .expect(200)
    ).body;
    expect(audit[0]).toMatchObject({ action: 'create', token_id: id, actor_id: expect.any(Number) });
  });

  it('stops working when revoked or expired, and is refused in a query string', async () => {
    const { agent } = await signIn(s.app, 'rm');
    const { token, id } = (await agent.post('/api/auth/tokens').send({ name: 'short-lived' }).expect(201)).body;
    await request(s.app).get('/api/releases').set('Authorization', `Bearer ${token}`).expect(200);
    await request(s.app).get(`/api/releases?token=${token}`).expect(400);
    await request(s.app).get(`/api/releases?access_token=${token}`).expect(400);
    await agent.delete(`/api/auth/tokens/${id}`).expect(200);
    await request(s.app).get('/api/releases').set('Authorization', `Bearer ${token}`).expect(401);

    const expiring = (
      await agent
        .post('/api/auth/tokens')
        .send({ name: 'soon', expires: new Date(Date.now() + 60_000).toISOString() })
        .expect(201)
    ).body;
    await request(s.app).get('/api/releases').set('Authorization', `Bearer ${expiring.token}`).expect(200);
    await s.t.db.query(`UPDATE auth_tokens SET expires = now() - interval '1 second' WHERE id = $1`, [expiring.id]);
    await s.authCaughtUp(); // a change made outside the app reaches its cache through the auth_changed notification
    await request(s.app).get('/api/releases').set('Authorization', `Bearer ${expiring.token}`).expect(401);
    await agent.post('/api/auth/tokens').send({ name: 'past', expires: '2000-01-01T00:00:00Z' }).expect(422);
    await request(s.app).get('/api/releases').set('Authorization', 'Bearer pyo_made_up').expect(401);
  });

  it('lets a token revoke itself (a script cleaning up after its run), refused at once afterwards', async () => {
    const { agent } = await signIn(s.app, 'rm');
    const { token, id } = (await agent.post('/api/auth/tokens').send({ name: 'one-run' }).expect(201)).body;
    await request(s.app).get('/api/releases').set('Authorization', `Bearer ${token}`).expect(200);
    await request(s.app).delete(`/api/auth/tokens/${id}`).set('Authorization', `Bearer ${token}`).expect(200);
    await request(s.app).get('/api/releases').set('Authorization', `Bearer ${token}`).expect(401);
    // Its own revocation is audited without it: the token is gone.
    const [entry] = await s.t.db.query(
      `SELECT action, token_id FROM audit_log WHERE resource = 'auth-tokens' AND record_id = $1 AND action = 'delete'`,
      [id],
    );
    expect(entry).toEqual({ action: 'delete', token_id: null });
  });

  it('lets people revoke only their own tokens', async () => {
    const mine = await signIn(s.app, 'rm');
    const { id } = (await mine.agent.post('/api/auth/tokens').send({ name: 'mine' }).expect(201)).body;
    const other = await s.as('content_editor');
    await other.delete(`/api/auth/tokens/${id}`).expect(404);
    expect((await other.get('/api/auth/tokens').expect(200)).body).toEqual([]);
    await other.get('/api/auth-tokens').expect(403);
    await s.api().get(`/api/auth-tokens/${id}`).expect(200);
  });
});

describe('sign-in limits', () => {
  let s: TestApi;
  beforeAll(async () => {
    s = await setupApi({ seed: false });
    for (const name of ['target', 'bystander'])
      await createUser(s.t.db, { username: name, email: `${name}@example.org`, password: PASSWORD });
  });
  afterAll(() => s.t.drop());

  it('answers 429 with Retry-After after repeated failures on one account, leaving other accounts alone', async () => {
    for (let i = 0; i < LIMITS.account; i++) {
      await s
        .anonymous()
        .post('/api/auth/login')
        .send({ username: 'target', password: `wrong ${i}` })
        .expect(401);
    }
    const limited = await s.anonymous().post('/api/auth/login').send({ username: 'target', password: PASSWORD }).expect(429);
    expect(Number(limited.headers['retry-after'])).toBeGreaterThan(0);
    expect(limited.body.message).toMatch(/Too many failed sign-in attempts/);
    await s.anonymous().post('/api/auth/login').send({ username: 'bystander', password: PASSWORD }).expect(200);
    // The count lives in PostgreSQL, so another app (another process) over the same database sees it too.
    const { createApp } = await import('../server/app.js');
    await request(createApp(s.t.db)).post('/api/auth/login').send({ username: 'TARGET', password: PASSWORD }).expect(429);
  });

  it('limits one address across accounts', async () => {
    for (let i = 0; i < LIMITS.address; i++) {
      await s
        .anonymous()
        .post('/api/auth/login')
        .send({ username: `ghost${i}`, password: 'x' })
        .expect((r) => expect([401, 429]).toContain(r.status));
    }
    await s.anonymous().post('/api/auth/login').send({ username: 'bystander', password: PASSWORD }).expect(429);
  });
});
