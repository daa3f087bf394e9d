import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createUser } from '../server/seed/users.js';
import { PASSWORD, ra, setupApi, signIn, type TestApi } from './support/api.js';

const sidOf = (res: request.Response) => String(res.headers['set-cookie'] ?? '').match(/pyorg\.sid=([^;]+)/)?.[1];

describe('sign-in, sessions and CSRF', () => {
  let s: TestApi;
  beforeAll(async () => {
    s = await setupApi();
    await createUser(s.t.db, { username: 'Grace', email: 'grace@example.org', password: PASSWORD, roles: ['content_editor'] });
  });
  afterAll(() => s.t.drop());

  it('signs in by username or e-mail, in any case, and says who you are and what you may do', async () => {
    for (const username of ['grace', 'GRACE', 'Grace@Example.org']) {
      const res = await s.anonymous().post('/api/auth/login').send({ username, password: PASSWORD }).expect(200);
      expect(res.body).toMatchObject({ username: 'Grace', email: 'grace@example.org', roles: ['content_editor'], is_superuser: false });
      expect(res.body.csrf_token).toMatch(/^[\w-]{40,}$/);
      expect(res.body.permissions.resources.pages).toEqual({ read: 'full', write: true });
      expect(res.body.permissions.resources.releases).toEqual({ read: 'full', write: false });
      expect(res.body.permissions.resources.users).toEqual({ read: 'limited', write: false });
      expect(res.body).not.toHaveProperty('password_hash');
      const cookie = String(res.headers['set-cookie']);
      expect(cookie).toMatch(/HttpOnly/);
      expect(cookie).toMatch(/SameSite=Lax/);
      expect(cookie).not.toMatch(/Secure/); // plain http here; over https the cookie is Secure
    }
  });

  it('answers a wrong password and an unknown user identically', async () => {
    const wrongPassword = await s.anonymous().post('/api/auth/login').send({ username: 'grace', password: 'not it at all' });
    const unknownUser = await s.anonymous().post('/api/auth/login').send({ username: 'nobody-here', password: 'not it at all' });
    expect(wrongPassword.status).toBe(401);
    expect(unknownUser.status).toBe(401);
    expect(unknownUser.body).toEqual(wrongPassword.body);
  });

  it('gives a new session id at every sign-in, and the old one stops working', async () => {
    const agent = request.agent(s.app);
    const first = await agent.post('/api/auth/login').send({ username: 'grace', password: PASSWORD }).expect(200);
    const second = await agent.post('/api/auth/login').send({ username: 'grace', password: PASSWORD }).expect(200);
    expect(sidOf(first)).toBeDefined();
    expect(sidOf(second)).not.toBe(sidOf(first));
    await request(s.app)
      .get('/api/auth/me')
      .set('Cookie', `pyorg.sid=${sidOf(first)}`)
      .expect(401);
    await request(s.app)
      .get('/api/auth/me')
      .set('Cookie', `pyorg.sid=${sidOf(second)}`)
      .expect(200);
  });

  it('answers the sign-in probe with 200 whether or not anyone is signed in, while /api/auth/me stays 401 for nobody', async () => {
    const nobody = await s.anonymous().get('/api/auth/session').expect(200);
    expect(nobody.body).toEqual({ authenticated: false });
    expect(nobody.headers['set-cookie']).toBeUndefined();
    await s.anonymous().get('/api/auth/me').expect(401);
    // A bearer token that is not valid is still refused: the probe does not weaken authentication.
    await s.anonymous().get('/api/auth/session').set('Authorization', 'Bearer pyo_not-a-real-token').expect(401);

    const { agent, profile } = await signIn(s.app, 'grace');
    const me = (await agent.get('/api/auth/me').expect(200)).body;
    const probe = await agent.get('/api/auth/session').expect(200);
    expect(probe.body).toEqual({ authenticated: true, profile: me });
    expect(probe.body.profile.id).toBe(profile.id);
    expect(JSON.stringify(probe.body)).not.toContain('password_hash');
    await agent.post('/api/auth/logout').expect(204);
    expect((await agent.get('/api/auth/session').expect(200)).body).toEqual({ authenticated: false });
  });

  it('keeps sessions in PostgreSQL with their user, and ends this one on sign-out', async () => {
    const { agent, profile } = await signIn(s.app, 'grace');
    const [{ n }] = await s.t.db.query('SELECT count(*)::int AS n FROM sessions WHERE user_id = $1', [profile.id]);
    expect(n).toBeGreaterThan(0);
    await agent.get('/api/auth/me').expect(200);
    await agent.post('/api/auth/logout').expect(204);
    await agent.get('/api/auth/me').expect(401);
  });

  it('refuses cookie-authenticated writes without the CSRF token, with a wrong one, or from another site', async () => {
    const { agent, profile } = await signIn(s.app, 'grace');
    const page = { title: 'CSRF', path: 'csrf', content: 'x' };
    const bare = request.agent(s.app);
    const cookie = `pyorg.sid=${(await bare.post('/api/auth/login').send({ username: 'grace', password: PASSWORD })).headers['set-cookie']?.[0]?.match(/pyorg\.sid=([^;]+)/)?.[1]}`;
    expect((await request(s.app).post('/api/pages').set('Cookie', cookie).send(page)).status).toBe(403);
    expect((await request(s.app).post('/api/pages').set('Cookie', cookie).set('X-CSRF-Token', 'forged').send(page)).status).toBe(403);
    const foreign = await agent.post('/api/pages').set('Origin', 'https://evil.example.com').send(page);
    expect(foreign.status).toBe(403);
    expect(profile.csrf_token).toBeTruthy();
    await agent.post('/api/pages').send(page).expect(201);
  });

  it('changes one’s own password after checking the current one, and ends the other sessions', async () => {
    await createUser(s.t.db, { username: 'alan', email: 'alan@example.org', password: PASSWORD, roles: ['job_moderator'] });
    const one = await signIn(s.app, 'alan');
    const other = await signIn(s.app, 'alan');
    const wrong = await one.agent
      .put('/api/auth/password')
      .send({ current_password: 'wrong one!', new_password: 'brand new password' })
      .expect(422);
    expect(wrong.body.errors).toHaveProperty('current_password');
    await one.agent.put('/api/auth/password').send({ current_password: PASSWORD, new_password: 'short' }).expect(422);
    await one.agent.put('/api/auth/password').send({ current_password: PASSWORD, new_password: 'brand new password' }).expect(204);
    await one.agent.get('/api/auth/me').expect(200);
    await other.agent.get('/api/auth/me').expect(401);
    await signIn(s.app, 'alan', 'brand new password');
  });

  it('signs out a user who is deactivated, at their next request', async () => {
    await createUser(s.t.db, { username: 'leaver', email: 'leaver@example.org', password: PASSWORD, roles: ['content_editor'] });
    const { agent } = await signIn(s.app, 'leaver');
    await agent.get(`/api/pages${ra({ range: [0, 0] })}`).expect(200);
    await s.t.db.query(`UPDATE users SET is_active = false WHERE username = 'leaver'`);
    await s.authCaughtUp(); // a change made outside the app reaches its cache through the auth_changed notification
    await agent.get(`/api/pages${ra({ range: [0, 0] })}`).expect(401);
  });

  it('refuses mass assignment: only superusers edit users and roles, and secrets are never written', async () => {
    const { agent, profile } = await signIn(s.app, 'grace');
    const me = (await s.api().get(`/api/users/${profile.id}`).expect(200)).body;
    await agent
      .put(`/api/users/${profile.id}`)
      .send({ ...me, is_superuser: true })
      .expect(403);
    await agent
      .put(`/api/users/${profile.id}`)
      .send({ role_ids: [1, 2, 3], row_version: me.row_version })
      .expect(403);
    await agent
      .post('/api/users')
      .send({ username: 'sneaky', email: 's@example.org', password: 'long enough pw', is_superuser: true })
      .expect(403);
    const hash = await s.api().put(`/api/users/${profile.id}`).send({ password_hash: 'forged', row_version: me.row_version }).expect(422);
    expect(hash.body.errors).toHaveProperty('password_hash');
    const [row] = await s.t.db.query('SELECT is_superuser FROM users WHERE id = $1', [profile.id]);
    expect(row.is_superuser).toBe(false);
  });

  it('limits bodies to 1 MB (413) and writes to JSON (415), and sends security headers', async () => {
    const big = await s
      .api()
      .post('/api/pages')
      .send({ title: 'Big', path: 'big', content: 'x'.repeat(1_100_000) });
    expect(big.status).toBe(413);
    const form = await s.api().post('/api/pages').type('form').send('title=x');
    expect(form.status).toBe(415);
    const text = await s.api().post('/api/pages').set('Content-Type', 'text/plain').send('hello');
    expect(text.status).toBe(415);
    const res = await s.api().get('/api/health');
    expect(res.headers['content-security-policy']).toContain("script-src 'self'");
    expect(res.headers['x-content-type-options']).toBe('nosniff');
  });
});
