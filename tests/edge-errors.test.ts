import type request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LIMITS } from '../server/auth/throttle.js';
import { createUser } from '../server/seed/users.js';
import { fileRow, importUrl, newRelease, postCsv, postJson, toCsv } from './release-import-support.js';
import { PASSWORD, ra, setupApi, type TestApi } from './support/api.js';
import { insert, rows } from './support/rows.js';

type Row = Record<string, unknown>;

const NUL = 'a\u0000b';
const LONE_SURROGATE = 'a\ud800b';

/** JSON text of a value nested `depth` levels deep: as text, since JSON.stringify itself recurses. */
const nested = (depth: number) => `${'{"a":'.repeat(depth)}1${'}'.repeat(depth)}`;

describe('client mistakes at the edge: a clear 4xx naming what is wrong, never a 500', () => {
  let s: TestApi;
  let category: number;
  let releaseManager: request.Agent;
  let moderator: request.Agent;

  beforeAll(async () => {
    s = await setupApi({ seed: false });
    category = await insert(s.t.db, 'job_categories', rows.jobCategory());
    await insert(s.t.db, 'operating_systems', { name: 'Windows', slug: 'windows' });
    releaseManager = await s.as('release_manager');
    moderator = await s.as('job_moderator');
  });
  afterAll(() => s.t.drop());

  describe('NUL bytes and lone surrogates (1, 12)', () => {
    for (const [label, text] of [
      ['a NUL byte', NUL],
      ['a lone surrogate', LONE_SURROGATE],
    ] as const) {
      it(`refuses ${label} in a field (422 naming it), a JSON key or value, a filter and q (400), and at sign-in`, async () => {
        const field = await s.api().post('/api/operating-systems').send({ name: text, slug: 'nul-or-surrogate' });
        expect(field.status).toBe(422);
        expect(field.body.errors).toHaveProperty('name');

        const jsonValue = await s
          .api()
          .post('/api/posts')
          .send({ title: 'T', content: 'C', meta: { note: text } });
        expect(jsonValue.status).toBe(422);
        expect(Object.keys(jsonValue.body.errors)).toEqual(['meta.note']);
        const jsonKey = await s
          .api()
          .post('/api/posts')
          .send({ title: 'T', content: 'C', meta: { [text]: 1 } });
        expect(jsonKey.status).toBe(422);

        expect((await s.api().get(`/api/operating-systems${ra({ filter: { name: text } })}`)).status).toBe(400);
        expect((await s.api().get(`/api/operating-systems${ra({ filter: { name_like: text } })}`)).status).toBe(400);
        expect((await s.api().get(`/api/jobs${ra({ filter: { q: text } })}`)).status).toBe(400);

        const signIn = await s.anonymous().post('/api/auth/login').send({ username: text, password: 'x' });
        expect([401, 422]).toContain(signIn.status);

        const token = await s.api().post('/api/auth/tokens').send({ name: text });
        expect(token.status).toBe(422);
        expect(token.body.errors).toHaveProperty('name');

        const job = await insert(s.t.db, 'jobs', rows.job(category, { status: 'review' }));
        const version = (await s.t.db.query('SELECT row_version FROM jobs WHERE id = $1', [job]))[0].row_version;
        expect((await moderator.post(`/api/jobs/${job}/reject`).send({ row_version: version, reason: text })).status).toBe(422);
        expect((await moderator.post(`/api/jobs/${job}/comments`).send({ comment: text })).status).toBe(422);

        const { id, tag } = await newRelease(s);
        const dry = await postJson(releaseManager, importUrl(id, { dry_run: true }), [
          fileRow(tag, 'x.exe', { name: text }),
          fileRow(tag, 'z.exe', { os: text }),
        ]);
        expect(dry.status).toBe(200);
        expect(dry.body.errors).toEqual([
          expect.objectContaining({ row: 1, field: 'name' }),
          expect.objectContaining({ row: 2, field: 'os' }),
        ]);
        // CSV is UTF-8 text, which cannot carry a lone surrogate (the client's encoder replaces it): NUL only.
        if (text === NUL) {
          const csv = await postCsv(releaseManager, importUrl(id), toCsv([fileRow(tag, 'y.exe', { description: text })]));
          expect(csv.status).toBe(422);
          expect(csv.body.errors).toEqual([expect.objectContaining({ row: 1, field: 'description' })]);
        }
      });
    }
  });

  it('refuses JSON nested deeper than the limit, in a body and in a JSON field (2)', async () => {
    const post = (meta: string) =>
      s.api().post('/api/posts').set('Content-Type', 'application/json').send(`{"title":"T","content":"C","meta":${meta}}`);
    const deep = await post(nested(10_000));
    expect(deep.status).toBe(422);
    expect(deep.body.errors['meta.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a']).toMatch(/nested more than 32 levels/);
    const fine = await post(nested(10));
    expect(fine.status).toBe(201);
  });

  it('answers a cookie write with a malformed Referer and no Origin with 403 (4)', async () => {
    const res = await s.api().post('/api/operating-systems').set('Referer', 'not a url').send({ name: 'Ref', slug: 'ref' });
    expect(res.status).toBe(403);
    // An empty Origin does not hide a foreign Referer.
    const empty = await s
      .api()
      .post('/api/operating-systems')
      .set('Origin', '')
      .set('Referer', 'http://evil.example/')
      .send({ name: 'Ref', slug: 'ref' });
    expect(empty.status).toBe(403);
    expect(await s.t.db.query(`SELECT id FROM operating_systems WHERE slug = 'ref'`)).toEqual([]);
  });

  it('counts failed sign-ins per account, whether named by username or e-mail (10)', async () => {
    await createUser(s.t.db, { username: 'counted', email: 'counted@example.org', password: PASSWORD });
    for (let i = 0; i < LIMITS.account; i++) {
      const name = i % 2 ? 'counted' : 'Counted@Example.org';
      await s
        .anonymous()
        .post('/api/auth/login')
        .set('X-Forwarded-For', `10.0.0.${i}`)
        .send({ username: name, password: `wrong ${i}` })
        .expect(401);
    }
    await s.anonymous().post('/api/auth/login').send({ username: 'counted@example.org', password: PASSWORD }).expect(429);
    await s.anonymous().post('/api/auth/login').send({ username: 'counted', password: PASSWORD }).expect(429);
  });

  it('checks the right to write before the body: a PUT of a job by a release manager is 403 (15)', async () => {
    const job = await insert(s.t.db, 'jobs', rows.job(category, { status: 'draft' }));
    const res = await releaseManager.put(`/api/jobs/${job}`).send({ row_version: 1, status: 'approved' });
    expect(res.status).toBe(403);
    const malformed = await releaseManager.put(`/api/jobs/${job}`).send({ row_version: 'one', city: 7 });
    expect(malformed.status).toBe(403);
    // The workflow routes too: a release manager may neither moderate nor comment, whatever the body.
    expect((await releaseManager.post(`/api/jobs/${job}/approve`).send({ reason: 5 })).status).toBe(403);
    expect((await releaseManager.post(`/api/jobs/${job}/comments`).send({ comment: 5 })).status).toBe(403);
  });

  it('says what was expected of a value of the wrong type, and Required. only when it is missing (16)', async () => {
    const res = await s
      .api()
      .post('/api/releases')
      .send({ name: 'Python 9', slug: 'python-9', release_date: new Date().toISOString(), is_published: 'true' });
    expect(res.status).toBe(422);
    expect(res.body.errors.is_published).toBe('Must be true or false.');
    const missing = await s.api().post('/api/releases').send({ slug: 'python-9b', release_date: new Date().toISOString() });
    expect(missing.body.errors.name).toBe('Required.');
  });

  it('stores a JSON field exactly as sent: an array stays an array, a string a string, __proto__ a key (17)', async () => {
    for (const meta of [[], [1, 'two'], '{"a":1}', JSON.parse('{"__proto__":{"polluted":true},"x":1}')]) {
      const created = await s.api().post('/api/posts').send({ title: 'Meta', content: 'C', meta });
      expect(created.status, JSON.stringify(created.body)).toBe(201);
      // The same JSON value (jsonb orders an object's keys its own way).
      const sent = JSON.parse(JSON.stringify(meta));
      expect(created.body.meta).toEqual(sent);
      expect(Array.isArray(created.body.meta)).toBe(Array.isArray(meta));
      const [stored] = await s.t.db.query('SELECT meta::text AS meta FROM posts WHERE id = $1', [created.body.id]);
      expect(JSON.parse(stored.meta)).toEqual(sent);
    }
    expect(({} as Row).polluted).toBeUndefined();
  });

  it('caps id lists of many-to-many filters as it caps column id lists (18)', async () => {
    const ids = Array.from({ length: 1500 }, (_, i) => i + 1);
    expect((await s.api().get(`/api/jobs${ra({ filter: { id: ids } })}`)).status).toBe(400);
    const res = await s.api().get(`/api/jobs${ra({ filter: { job_type_ids: ids } })}`);
    expect(res.status).toBe(400);
    expect(res.body.errors).toHaveProperty('job_type_ids');
  });

  it('refuses filter=null like any other malformed filter (19)', async () => {
    const res = await s.api().get('/api/jobs?filter=null');
    expect(res.status).toBe(400);
    expect(res.body.errors).toHaveProperty('filter');
  });

  it('reads token ids with the one record-id parser: 3.0, 0x3 and " 3" are 400 and delete nothing (20)', async () => {
    const token = (await s.api().post('/api/auth/tokens').send({ name: 'kept' }).expect(201)).body;
    for (const id of [`${token.id}.0`, `0x${token.id.toString(16)}`, `%20${token.id}`]) {
      expect((await s.api().delete(`/api/auth/tokens/${id}`)).status, id).toBe(400);
    }
    const listed = (await s.api().get('/api/auth/tokens').expect(200)).body as Row[];
    expect(listed.map((t) => t.id)).toContain(token.id);
  });

  it('answers a date outside PostgreSQL years 1–9999 with 422 naming the field (21)', async () => {
    for (const value of ['0000-01-01T00:00:00Z', '0000-06-01']) {
      const res = await s
        .api()
        .post('/api/releases')
        .send({ name: 'Python 0', slug: `python-0-${value.length}`, release_date: value });
      expect(res.status, value).toBe(422);
      expect(res.body.errors).toHaveProperty('release_date');
    }
    const minutes = await s.api().post('/api/minutes').send({ date: '0000-01-01', content: 'x' });
    expect(minutes.status).toBe(422);
    expect(minutes.body.errors).toHaveProperty('date');
  });

  it('says how many records still use one that cannot be deleted (22)', async () => {
    const { id, tag } = await newRelease(s);
    await postJson(s.api(), importUrl(id), [fileRow(tag, 'a.exe'), fileRow(tag, 'b.exe'), fileRow(tag, 'c.exe')]).expect(200);
    const res = await s.api().delete(`/api/releases/${id}`);
    expect(res.status).toBe(409);
    expect(res.body.message).toMatch(/3 release files; delete or move them first/);
    expect((await s.t.db.query('SELECT count(*)::int AS n FROM release_files WHERE release_id = $1', [id]))[0].n).toBe(3);
  });
});
