import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { once } from 'node:events';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { setupApi, type TestApi } from './support/api.js';
import { apiKeyOf, pkOf } from './support/publicApi.js';

/*
 * python.org's API v1 driven as the release managers' upload script (add-to-pydotorg.py) drives it:
 * find the release by name, the OSes by slug, delete the release's files, post each file with URIs
 * for os and release, read the new pk from Location.
 */
describe('API v1 (Tastypie), as the upload script uses it', () => {
  let s: TestApi;
  let auth: string;
  let username: string;
  let tokenId: number;
  const FTP = 'https://www.python.org/ftp/python/3.15.0';

  beforeAll(async () => {
    s = await setupApi();
    const key = await apiKeyOf(s, 'release_manager');
    ({ username, tokenId } = key);
    auth = `ApiKey ${key.username}:${key.key}`;
  });
  afterAll(() => s.t.drop());

  const v1 = () => request(s.app);
  const fileBody = (release: string, os: string, name: string, extra: Record<string, unknown> = {}) => ({
    name,
    slug: name.toLowerCase().replace(/[^a-z0-9]+/g, '-'),
    os,
    release,
    description: '',
    is_source: false,
    url: `${FTP}/${name}`,
    gpg_signature_file: '',
    md5_sum: '0123456789abcdef0123456789abcdef',
    filesize: 1234,
    download_button: false,
    sigstore_signature_file: '',
    sigstore_cert_file: '',
    sigstore_bundle_file: `${FTP}/${name}.sigstore`,
    sbom_spdx2_file: '',
    ...extra,
  });

  it('creates a release, replaces its files, and the result shows through v2 and the admin', async () => {
    // The release is entered first (through v1 too); release_date naive, as Django sends it.
    const created = await v1()
      .post('/api/v1/downloads/release/')
      .set('Authorization', auth)
      .send({
        name: 'Python 3.15.0',
        slug: 'python-3150',
        version: 3,
        is_published: false,
        pre_release: false,
        release_date: '2026-10-01T12:00:00',
      })
      .expect(201);
    expect(created.text).toBe('');
    const releaseUri = created.headers.location as string;
    expect(releaseUri).toMatch(/^\/api\/v1\/downloads\/release\/\d+\/$/);

    // The script: find the release by name (form-encoded), the OSes by slug.
    const found = await v1().get('/api/v1/downloads/release/?name=Python+3.15.0').set('Authorization', auth).expect(200);
    expect(found.body.meta.total_count).toBe(1);
    expect(found.body.objects[0].resource_uri).toBe(releaseUri);
    const release = found.body.objects[0].resource_uri as string;
    const osUri = async (slug: string) => {
      const { body } = await v1().get(`/api/v1/downloads/os/?slug=${slug}`).set('Authorization', auth).expect(200);
      expect(body.objects).toHaveLength(1);
      return body.objects[0].resource_uri as string;
    };
    const windows = await osUri('windows');
    const source = await osUri('source');

    // Files from an earlier run, which the script deletes first.
    await v1()
      .post('/api/v1/downloads/release_file/')
      .set('Authorization', auth)
      .send(fileBody(release, windows, 'old-installer.exe'))
      .expect(201);
    await v1()
      .delete(`/api/v1/downloads/release_file/?release=${pkOf(release)}`)
      .set('Authorization', auth)
      .expect(204);
    expect(await s.t.db.query('SELECT count(*)::int AS n FROM release_files WHERE release_id = $1', [pkOf(release)])).toEqual([{ n: 0 }]);

    const names = ['Python-3.15.0.tgz', 'python-3.15.0-amd64.exe', 'python-3.15.0-arm64.exe'];
    const pks: number[] = [];
    for (const name of names) {
      const res = await v1()
        .post('/api/v1/downloads/release_file/')
        .set('Authorization', auth)
        .send(fileBody(release, name.endsWith('.tgz') ? source : windows, name, { is_source: name.endsWith('.tgz') }))
        .expect(201);
      pks.push(pkOf(res.headers.location));
    }

    // Through v1 itself, v2 (absolute URIs) and the admin API: the same files, the same links.
    const listed = await v1()
      .get(`/api/v1/downloads/release_file/?release=${pkOf(release)}`)
      .set('Authorization', auth)
      .expect(200);
    expect(listed.body.objects.map((f: { resource_uri: string }) => pkOf(f.resource_uri)).sort()).toEqual([...pks].sort());
    const v2 = await v1()
      .get(`/api/v2/downloads/release_file/?release=${pkOf(release)}`)
      .set('Authorization', `Token ${auth.split(':')[1]}`)
      .expect(200);
    expect(v2.body.map((f: { url: string }) => f.url).sort()).toEqual(names.map((n) => `${FTP}/${n}`).sort());
    expect(v2.body[0].release).toMatch(new RegExp(`^http://[^/]+/api/v2/downloads/release/${pkOf(release)}/$`));
    const admin = await s.api().get(`/api/release-files/${pks[1]}`).expect(200);
    expect(admin.body).toMatchObject({
      release_id: pkOf(release),
      os_id: pkOf(windows),
      url: `${FTP}/${names[1]}`,
      gpg_signature_file: '',
    });

    // Audited like any other write, with the token named.
    const audit = await s.t.db.query(
      `SELECT a.action, a.token_id, u.username FROM audit_log a JOIN users u ON u.id = a.actor_id
        WHERE a.resource = 'release-files' AND a.record_id = $1`,
      [pks[0]],
    );
    expect(audit).toEqual([{ action: 'create', token_id: tokenId, username }]);

    // One file, then the release itself (refused while it has files, as in the admin).
    await v1().delete(`/api/v1/downloads/release_file/${pks[0]}/`).set('Authorization', auth).expect(204);
    await v1().get(`/api/v1/downloads/release_file/${pks[0]}/`).set('Authorization', auth).expect(404);
    const refused = await v1().delete(`${release}`).set('Authorization', auth).expect(409);
    expect(refused.body.error_message).toMatch(/still used by 2 release files/);
    const spare = await v1()
      .post('/api/v1/downloads/release/')
      .set('Authorization', auth)
      .send({ name: 'Python 3.15.0b9', slug: 'python-3150b9', version: 3, release_date: '2026-09-01' })
      .expect(201);
    await v1().delete(spare.headers.location).set('Authorization', auth).expect(204);
    await v1().get(spare.headers.location).set('Authorization', auth).expect(404);
  });

  it('stops at a failing file with a 400 naming its field, and keeps the files posted before it', async () => {
    const { body } = await v1().get('/api/v1/downloads/release/?name=Python+3.15.0').set('Authorization', auth).expect(200);
    const release = body.objects[0].resource_uri as string;
    const windows = (await v1().get('/api/v1/downloads/os/?slug=windows').expect(200)).body.objects[0].resource_uri as string;
    await v1()
      .delete(`/api/v1/downloads/release_file/?release=${pkOf(release)}`)
      .set('Authorization', auth)
      .expect(204);

    await v1()
      .post('/api/v1/downloads/release_file/')
      .set('Authorization', auth)
      .send(fileBody(release, windows, 'a.exe'))
      .expect(201);
    const bad = await v1()
      .post('/api/v1/downloads/release_file/')
      .set('Authorization', auth)
      .send(fileBody(release, windows, 'b.exe', { url: 'https://evil.example/b.exe' }))
      .expect(400);
    expect(bad.body.error_message).toContain('url');
    expect(bad.body.url).toEqual([expect.stringContaining('https://www.python.org/')]);
    const badSidecar = await v1()
      .post('/api/v1/downloads/release_file/')
      .set('Authorization', auth)
      .send(fileBody(release, windows, 'b.exe', { gpg_signature_file: `${FTP}/a.exe.asc` }))
      .expect(400);
    expect(Object.keys(badSidecar.body)).toEqual(['error_message', 'gpg_signature_file']);
    const badOs = await v1()
      .post('/api/v1/downloads/release_file/')
      .set('Authorization', auth)
      .send(fileBody(release, '/api/v1/downloads/release/1/', 'c.exe'))
      .expect(400);
    expect(Object.keys(badOs.body)).toEqual(['error_message', 'os']);
    // One download button per OS and release: the database's rule, as a 400 on the field.
    await v1()
      .post('/api/v1/downloads/release_file/')
      .set('Authorization', auth)
      .send(fileBody(release, windows, 'd.exe', { download_button: true }))
      .expect(201);
    const second = await v1()
      .post('/api/v1/downloads/release_file/')
      .set('Authorization', auth)
      .send(fileBody(release, windows, 'e.exe', { download_button: true }))
      .expect(400);
    expect(second.body.download_button).toHaveLength(1);
    const duplicate = await v1()
      .post('/api/v1/downloads/release_file/')
      .set('Authorization', auth)
      .send(fileBody(release, windows, 'a.exe'))
      .expect(400);
    expect(Object.keys(duplicate.body).filter((k) => k !== 'error_message').length).toBeGreaterThan(0);

    const kept = await s.t.db.query('SELECT name FROM release_files WHERE release_id = $1 ORDER BY name', [pkOf(release)]);
    expect(kept.map((r: { name: string }) => r.name)).toEqual(['a.exe', 'd.exe']);
  });

  it('pages like Tastypie: limit, offset, next and previous, limit=0 for the most it gives', async () => {
    const total = (
      await s.t.db.query('SELECT count(*)::int AS n FROM release_files f JOIN releases r ON r.id = f.release_id WHERE r.is_published')
    )[0].n;
    const first = await v1().get('/api/v1/downloads/release_file/?limit=2').expect(200);
    expect(first.body.meta).toEqual({
      limit: 2,
      offset: 0,
      total_count: total,
      previous: null,
      next: '/api/v1/downloads/release_file/?limit=2&offset=2',
    });
    const second = await v1().get(first.body.meta.next).expect(200);
    expect(second.body.meta.previous).toBe('/api/v1/downloads/release_file/?limit=2&offset=0');
    expect(second.body.objects[0].resource_uri).not.toBe(first.body.objects[0].resource_uri);
    const all = await v1().get('/api/v1/downloads/release_file/?limit=0').expect(200);
    expect(all.body.meta.limit).toBe(1000);
    expect(all.body.objects).toHaveLength(total);
    expect((await v1().get('/api/v1/downloads/release_file/').expect(200)).body.meta.limit).toBe(20);
    await v1().get('/api/v1/downloads/release_file/?limit=-1').expect(400);
  });

  it('filters as documented and refuses an unknown filter with a JSON error_message', async () => {
    const [median] = await s.t.db.query(`SELECT release_date FROM releases WHERE is_published ORDER BY release_date DESC OFFSET 2 LIMIT 1`);
    const after = median.release_date.toISOString();
    const expected = await s.t.db.query(`SELECT name FROM releases WHERE is_published AND release_date > $1 ORDER BY name`, [after]);
    const recent = await v1().get(`/api/v1/downloads/release/?release_date__gt=${after}`).expect(200);
    expect(recent.body.objects.map((r: { name: string }) => r.name)).toEqual(expected.map((r: { name: string }) => r.name));
    expect(expected.length).toBeGreaterThan(1);
    const byMajor = await v1().get('/api/v1/downloads/release/?version=2&limit=0').expect(200);
    const majors = await s.t.db.query('SELECT count(*)::int AS n FROM releases WHERE is_published AND version = 2');
    expect(byMajor.body.meta.total_count).toBe(majors[0].n);
    const sources = await v1().get('/api/v1/downloads/release_file/?is_source=1&limit=0').expect(200);
    expect(sources.body.objects.length).toBeGreaterThan(0);
    expect(sources.body.objects.every((f: { is_source: boolean }) => f.is_source)).toBe(true);
    const bogus = await v1().get('/api/v1/downloads/release/?bogus=1').expect(400);
    expect(bogus.body).toEqual({ error_message: expect.stringContaining('bogus') });
    await v1().get('/api/v1/downloads/release/?is_published=maybe').expect(400);
  });

  it('redirects the form without a trailing slash, refuses PUT and PATCH, and deletes a list only by release', async () => {
    const redirect = await v1().get('/api/v1/downloads/release?limit=1').expect(301);
    expect(redirect.headers.location).toBe('/api/v1/downloads/release/?limit=1');
    const put = await v1().put('/api/v1/downloads/release_file/1/').set('Authorization', auth).send({}).expect(405);
    expect(put.headers.allow).toBe('GET, DELETE');
    await v1().patch('/api/v1/downloads/release/1/').set('Authorization', auth).send({}).expect(405);
    await v1().delete('/api/v1/downloads/release_file/').set('Authorization', auth).expect(400);
    await v1().delete('/api/v1/downloads/release_file/?release=1&os=1').set('Authorization', auth).expect(400);
    await v1().post('/api/v1/pages/page/').set('Authorization', auth).send({}).expect(405);
  });

  it('answers a body past 1 MB with a 413, declared or streamed, and the connection stays usable', async () => {
    const big = JSON.stringify({ name: 'x'.repeat(1100 * 1024) });
    const declared = await v1()
      .post('/api/v1/downloads/release_file/')
      .set('Authorization', auth)
      .set('Content-Type', 'application/json')
      .send(big)
      .expect(413);
    expect(declared.body).toEqual({ error_message: 'Request body too large.' });
    const server = http.createServer(s.app).listen(0, '127.0.0.1');
    await once(server, 'listening');
    try {
      const { port } = server.address() as AddressInfo;
      const status = await new Promise<number>((resolve, reject) => {
        const req = http.request(
          {
            port,
            host: '127.0.0.1',
            method: 'POST',
            path: '/api/v1/downloads/release_file/',
            headers: { Authorization: auth, 'Content-Type': 'application/json' },
          },
          (res) => {
            res.resume();
            resolve(res.statusCode!);
          },
        );
        req.on('error', reject);
        // Chunked, no Content-Length to refuse it by, and 8 MB: still being sent when the server has heard enough.
        void (async () => {
          req.write(`{"name": "`);
          for (let i = 0; i < 80 && !req.destroyed; i++) if (!req.write('y'.repeat(100 * 1024))) await once(req, 'drain');
          req.end('"}');
        })().catch(reject);
      });
      expect(status).toBe(413);
    } finally {
      server.close();
    }
    await v1().get('/api/v1/downloads/os/').expect(200);
  });

  it('authenticates ApiKey <username>:<key> and refuses keys elsewhere or under another name', async () => {
    const [, key] = auth.split(':');
    const body = { name: 'x' };
    await v1().post('/api/v1/downloads/release_file/').send(body).expect(401);
    const wrongUser = await v1()
      .post('/api/v1/downloads/release_file/')
      .set('Authorization', `ApiKey someone-else:${key}`)
      .send(body)
      .expect(401);
    expect(wrongUser.body.error_message).toMatch(/not valid/);
    await v1().get(`/api/v1/downloads/release/?username=${username}&api_key=${key}`).expect(400);
    await v1().get('/api/v1/downloads/release/').set('Authorization', 'ApiKey nonsense').expect(401);
    const editor = await apiKeyOf(s, 'content_editor');
    const refused = await v1()
      .post('/api/v1/downloads/release_file/')
      .set('Authorization', `ApiKey ${editor.username}:${editor.key}`)
      .send(body)
      .expect(403);
    expect(refused.body.error_message).toMatch(/roles/);
  });
});
