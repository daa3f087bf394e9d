import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../server/app.js';
import { deliveryConfig } from '../server/config.js';
import { createReadPool } from '../server/db/readPool.js';
import { poolOf, sqlOfPool } from '../server/db/sql.js';
import { setupApi, type TestApi } from './support/api.js';
import { apiKeyOf, countStatements } from './support/publicApi.js';

/** Who sees what through the public front door, and how it caches. */
describe('the public front door: visibility and caching', () => {
  let s: TestApi;
  let staff: string;
  let hidden: { release: number; file: number; page: number };

  beforeAll(async () => {
    s = await setupApi({ delivery: { maxAgeSeconds: 30, sMaxAgeSeconds: 300 } });
    staff = `Bearer ${(await apiKeyOf(s, 'release_manager')).key}`; // both versions take Bearer
    // An unpublished release with a file, and an unpublished page, made through the admin API.
    const release = await s
      .api()
      .post('/api/releases')
      .send({
        name: 'Python 3.16.0a1',
        slug: 'python-3160a1',
        version: 3,
        is_published: false,
        pre_release: true,
        release_date: '2027-01-01T00:00:00Z',
      })
      .expect(201);
    const [os] = await s.t.db.query(`SELECT id FROM operating_systems ORDER BY id LIMIT 1`);
    const file = await s
      .api()
      .post('/api/release-files')
      .send({
        name: 'hidden.tgz',
        slug: 'hidden-tgz',
        os_id: os.id,
        release_id: release.body.id,
        url: 'https://www.python.org/ftp/python/3.16.0/hidden.tgz',
      })
      .expect(201);
    const page = await s
      .api()
      .post('/api/pages')
      .send({ title: 'Draft', path: 'draft-page', content: 'x', is_published: false })
      .expect(201);
    hidden = { release: release.body.id, file: file.body.id, page: page.body.id };
  });
  afterAll(() => s.t.drop());

  const get = (path: string) => request(s.app).get(path);

  it('shows anonymous callers only published releases, their files and published pages; a hidden record is the 404 of a missing one', async () => {
    const hiddenBodies = new Map<string, string>();
    for (const version of ['v1', 'v2']) {
      const paths = [
        `/api/${version}/downloads/release/${hidden.release}/`,
        `/api/${version}/downloads/release_file/${hidden.file}/`,
        `/api/${version}/pages/page/${hidden.page}/`,
      ];
      for (const path of paths) {
        hiddenBodies.set(path, (await get(path).expect(404)).text);
        expect((await get(path).set('Authorization', staff).expect(200)).body.resource_uri).toContain(path);
      }
      const list = await get(`/api/${version}/downloads/release_file/?release=${hidden.release}`).expect(200);
      expect(version === 'v1' ? list.body.objects : list.body).toEqual([]);
      const staffList = await get(`/api/${version}/downloads/release_file/?release=${hidden.release}`)
        .set('Authorization', staff)
        .expect(200);
      expect((version === 'v1' ? staffList.body.objects : staffList.body).length).toBe(1);
    }
    // The same ids once the records are gone: byte-identical bodies.
    await s.api().delete(`/api/release-files/${hidden.file}`).expect(200);
    await s.api().delete(`/api/releases/${hidden.release}`).expect(200);
    await s.api().delete(`/api/pages/${hidden.page}`).expect(200);
    for (const [path, body] of hiddenBodies) expect((await get(path).expect(404)).text, path).toBe(body);
    // A signed-in user with no role reads the public view, not the admin's.
    const nobody = `Token ${(await apiKeyOf(s, 'no_role')).key}`;
    const published = await s.t.db.query('SELECT count(*)::int AS n FROM releases WHERE is_published');
    expect((await get('/api/v2/downloads/release/').set('Authorization', nobody).expect(200)).body).toHaveLength(published[0].n);
  });

  it('sends a strong ETag from the rows, answers If-None-Match with a 304 after one cheap query, and a new tag after a change', async () => {
    const path = '/api/v2/downloads/release/?is_published=true';
    const first = await get(path).expect(200);
    expect(first.headers.etag).toMatch(/^"[a-z][0-9a-f]{32}"$/);
    expect(first.headers['cache-control']).toBe('public, max-age=30, s-maxage=300');
    expect(first.headers.vary).toBe('Authorization');
    expect(first.headers['access-control-allow-origin']).toBe('*');
    expect((await get(path).expect(200)).headers.etag).toBe(first.headers.etag);

    let notModified!: request.Response;
    const statements = await countStatements({ read: s.readPool, primary: poolOf(s.t.db) }, async () => {
      notModified = await get(path).set('If-None-Match', first.headers.etag).expect(304);
    });
    expect(notModified.text).toBe('');
    expect(notModified.headers.etag).toBe(first.headers.etag);
    expect(statements.primary).toEqual([]);
    expect(statements.read).toHaveLength(1);
    // The cheap one: the tag alone, no JSON built.
    expect(statements.read[0]).toMatch(/md5/);
    expect(statements.read[0]).not.toMatch(/row_to_json/);
    // Weak comparison and lists, as RFC 9110 has If-None-Match compare.
    await get(path).set('If-None-Match', `"nope", W/${first.headers.etag}`).expect(304);

    // A change to one listed release, even one that leaves the list's length alone: a new tag, a 200.
    const [release] = await s.t.db.query('SELECT id FROM releases WHERE is_published ORDER BY id LIMIT 1');
    await s
      .api()
      .put(`/api/releases/${release.id}`)
      .send({
        release_notes_url: 'https://docs.python.org/3/whatsnew/changed.html',
        row_version: (await s.api().get(`/api/releases/${release.id}`)).body.row_version,
      })
      .expect(200);
    const changed = await get(path).set('If-None-Match', first.headers.etag).expect(200);
    expect(changed.headers.etag).not.toBe(first.headers.etag);
    expect(changed.body.find((r: { resource_uri: string }) => r.resource_uri.endsWith(`/${release.id}/`)).release_notes_url).toBe(
      'https://docs.python.org/3/whatsnew/changed.html',
    );
    // Unpublishing one changes the tag too (a row leaves the set).
    await s.t.db.query('UPDATE releases SET is_published = false, is_latest = false WHERE id = $1', [release.id]);
    const fewer = await get(path).set('If-None-Match', changed.headers.etag).expect(200);
    expect(fewer.body).toHaveLength(changed.body.length - 1);
    // A record too.
    const [file] = await s.t.db.query(
      'SELECT f.id FROM release_files f JOIN releases r ON r.id = f.release_id WHERE r.is_published LIMIT 1',
    );
    const record = await get(`/api/v1/downloads/release_file/${file.id}/`).expect(200);
    await get(`/api/v1/downloads/release_file/${file.id}/`).set('If-None-Match', record.headers.etag).expect(304);
    await s.t.db.query('UPDATE release_files SET filesize = filesize + 1 WHERE id = $1', [file.id]);
    await get(`/api/v1/downloads/release_file/${file.id}/`).set('If-None-Match', record.headers.etag).expect(200);
  });

  it('names the collection and every record in Surrogate-Key, for anonymous answers only', async () => {
    const [release] = await s.t.db.query('SELECT id FROM releases WHERE is_published ORDER BY id LIMIT 1');
    const files = await s.t.db.query('SELECT id FROM release_files WHERE release_id = $1', [release.id]);
    const res = await get(`/api/v1/downloads/release_file/?release=${release.id}&limit=0`).expect(200);
    expect(res.headers['surrogate-key'].split(' ').sort()).toEqual(
      ['release-files', `release-${release.id}`, ...files.map((f: { id: number }) => `release-file-${f.id}`)].sort(),
    );
    expect((await get(`/api/v2/downloads/release/${release.id}/`).expect(200)).headers['surrogate-key']).toBe(
      `releases release-${release.id}`,
    );
    const mine = await get(`/api/v2/downloads/release/${release.id}/`).set('Authorization', staff).expect(200);
    expect(mine.headers['surrogate-key']).toBeUndefined();
    expect(mine.headers['cache-control']).toBe('private, no-cache');
    // A key holder's tag is not an anonymous caller's: their views can differ.
    const anonymous = await get(`/api/v2/downloads/release/${release.id}/`).expect(200);
    expect(mine.headers.etag).not.toBe(anonymous.headers.etag);
    await get(`/api/v2/downloads/release/${release.id}/`)
      .set('Authorization', staff)
      .set('If-None-Match', anonymous.headers.etag)
      .expect(200);
  });

  it('answers HEAD like GET without a body', async () => {
    const head = await request(s.app).head('/api/v2/downloads/os/').expect(200);
    const getRes = await get('/api/v2/downloads/os/').expect(200);
    expect(head.text ?? '').toBe('');
    expect(head.headers.etag).toBe(getRes.headers.etag);
  });

  it('never touches the session store: a session cookie is neither read nor set', async () => {
    const signedIn = s.api();
    const sessions = async () => (await s.t.db.query('SELECT count(*)::int AS n FROM sessions'))[0].n;
    const before = await sessions();
    const statements = await countStatements({ read: s.readPool, primary: poolOf(s.t.db) }, async () => {
      const res = await signedIn.get('/api/v2/downloads/release/').expect(200);
      expect(res.headers['set-cookie']).toBeUndefined();
      // The superuser's cookie does not make the answer theirs: anonymous, cacheable.
      expect(res.headers['cache-control']).toMatch(/^public/);
    });
    expect(statements.primary).toEqual([]);
    expect(statements.read.some((text) => /sessions/.test(text))).toBe(false);
    expect(await sessions()).toBe(before);
  });

  it('reads on read-only connections', async () => {
    const client = await s.readPool.connect();
    try {
      const [{ transaction_read_only }] = (await client.query('SHOW transaction_read_only')).rows;
      expect(transaction_read_only).toBe('on');
      await expect(client.query(`UPDATE releases SET name = name WHERE id = 0`)).rejects.toMatchObject({ code: '25006' });
    } finally {
      client.release();
    }
  });
});

describe('the public front door: where it reads', () => {
  let s: TestApi;
  beforeAll(async () => {
    s = await setupApi({ seed: false });
  });
  afterAll(() => s.t.drop());

  it('reads on the pool it is given (READ_DATABASE_URL): with that one down, public reads are a 503 and the admin goes on', async () => {
    // A replica nobody answers on: port 1 of the loopback.
    const replica = createReadPool('postgres://postgres@127.0.0.1:1/none', { poolSize: 1, acquireTimeoutMs: 2000 });
    try {
      const app = createApp(s.t.db, {
        registry: s.registry,
        readSql: sqlOfPool(replica),
        delivery: { ...deliveryConfig({}), rateLimitPerMinute: 0 },
      });
      const res = await request(app).get('/api/v2/downloads/os/').expect(503);
      expect(res.headers['retry-after']).toBe('5');
      expect(res.body).toEqual({ detail: expect.stringMatching(/not available/) });
      await request(app).get('/api/v1/downloads/os/').expect(503);
      // Writes and the admin use the primary.
      await request(app).get('/api/health').expect(200);
    } finally {
      await replica.end();
    }
  });
});

describe('the public front door: rate limit', () => {
  let s: TestApi;
  beforeAll(async () => {
    s = await setupApi({ seed: false, delivery: { rateLimitPerMinute: 3 } });
  });
  afterAll(() => s.t.drop());

  it('limits each anonymous address, with Retry-After, and never a caller with a key', async () => {
    const from = (address: string) => request(s.app).get('/api/v2/downloads/os/').set('X-Forwarded-For', address);
    for (let i = 0; i < 3; i++) await from('203.0.113.7').expect(200);
    const limited = await from('203.0.113.7').expect(429);
    expect(Number(limited.headers['retry-after'])).toBeGreaterThan(0);
    expect(Number(limited.headers['retry-after'])).toBeLessThanOrEqual(60);
    expect(limited.body.detail).toMatch(/Too many requests/);
    // Another address has its own budget; the feeds and v1 share the address's.
    await from('203.0.113.8').expect(200);
    await request(s.app).get('/api/v1/downloads/os/').set('X-Forwarded-For', '203.0.113.7').expect(429);
    const key = await apiKeyOf(s, 'release_manager');
    for (let i = 0; i < 5; i++) await from('203.0.113.7').set('Authorization', `Token ${key.key}`).expect(200);
    // Made-up keys do not get round the limit: each failure counts against the address.
    for (let i = 0; i < 3; i++) await from('203.0.113.9').set('Authorization', 'Token pyo_madeup').expect(401);
    await from('203.0.113.9').set('Authorization', 'Token pyo_madeup').expect(429);
    await from('203.0.113.9').expect(429);
  });
});
