import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../server/app.js';
import { deliveryConfig } from '../server/config.js';
import { setupApi, type TestApi } from './support/api.js';
import { apiKeyOf, pkOf } from './support/publicApi.js';

/** python.org's API v2 (Django REST framework), driven as its clients do: bare arrays, absolute URLs, Token auth. */
describe('API v2 (Django REST framework)', () => {
  let s: TestApi;
  let token: string;
  const BASE = 'https://www.python.org';

  beforeAll(async () => {
    s = await setupApi({ delivery: { publicBaseUrl: BASE } });
    token = `Token ${(await apiKeyOf(s, 'release_manager')).key}`;
  });
  afterAll(() => s.t.drop());

  const v2 = () => request(s.app);

  it('lists every visible row as a bare array with absolute URLs from PUBLIC_BASE_URL, and no content on releases', async () => {
    const { body } = await v2().get('/api/v2/downloads/release/').expect(200);
    const published = await s.t.db.query('SELECT id FROM releases WHERE is_published');
    expect(Array.isArray(body)).toBe(true);
    expect(body).toHaveLength(published.length);
    for (const release of body) {
      expect(release.resource_uri).toMatch(new RegExp(`^${BASE}/api/v2/downloads/release/\\d+/$`));
      expect(release).not.toHaveProperty('content');
      if (release.release_page) expect(release.release_page).toMatch(new RegExp(`^${BASE}/api/v2/pages/page/\\d+/$`));
    }
    const [file] = (await v2().get('/api/v2/downloads/release_file/').expect(200)).body;
    expect(file.os).toMatch(new RegExp(`^${BASE}/api/v2/downloads/os/\\d+/$`));
    expect(Object.keys(file)).toEqual([
      'name',
      'slug',
      'os',
      'release',
      'description',
      'is_source',
      'url',
      'gpg_signature_file',
      'md5_sum',
      'sha256_sum',
      'filesize',
      'download_button',
      'sigstore_signature_file',
      'sigstore_cert_file',
      'sigstore_bundle_file',
      'sbom_spdx2_file',
      'resource_uri',
    ]);
  });

  it('filters releases by minor version (3.13 means every 3.13.x, not 3.1 or 3.130)', async () => {
    const [release] = await s.t.db.query(`SELECT name FROM releases WHERE is_published AND name ~ '^Python 3\\.\\d+\\.' LIMIT 1`);
    const minor = /^Python (\d+\.\d+)\./.exec(release.name)![1];
    const expected = (await s.t.db.query('SELECT name FROM releases WHERE is_published ORDER BY name')).filter((r: { name: string }) =>
      new RegExp(`^Python ${minor.replace('.', '\\.')}(\\.|[a-z]|$)`).test(r.name),
    );
    const { body } = await v2().get(`/api/v2/downloads/release/?version__startswith=${minor}`).expect(200);
    expect(body.map((r: { name: string }) => r.name)).toEqual(expected.map((r: { name: string }) => r.name));
    // A decoy: 3.1 must not take 3.13.
    const decoy = await s
      .api()
      .post('/api/releases')
      .send({
        name: `Python ${minor}0.1`,
        slug: 'decoy-release',
        version: 3,
        is_published: true,
        release_date: '2020-01-01T00:00:00Z',
        publish_override: 'a decoy for the filter test',
      });
    expect(decoy.status, JSON.stringify(decoy.body)).toBe(201);
    const again = await v2().get(`/api/v2/downloads/release/?version__startswith=${minor}`).expect(200);
    expect(again.body).toHaveLength(expected.length);
    expect(
      (await v2().get(`/api/v2/downloads/release/?version__startswith=${minor}0`).expect(200)).body.map((r: { name: string }) => r.name),
    ).toContain(`Python ${minor}0.1`);
    const refused = await v2().get('/api/v2/downloads/release/?version__startswith=3.x').expect(400);
    expect(refused.body).toEqual({ error: [expect.stringContaining('version__startswith')] });
  });

  it('refuses an unknown release_file filter with {"error": [...]}', async () => {
    const { body } = await v2().get('/api/v2/downloads/release_file/?os_slug=windows').expect(400);
    expect(body).toEqual({ error: [expect.stringContaining('os_slug')] });
    const [os] = await s.t.db.query(`SELECT id FROM operating_systems WHERE slug = 'windows'`);
    const byOs = await v2().get(`/api/v2/downloads/release_file/?os=${os.id}`).expect(200);
    expect(byOs.body.length).toBeGreaterThan(0);
    expect(byOs.body.every((f: { os: string }) => pkOf(f.os) === os.id)).toBe(true);
  });

  it('writes with a Token: POST, PATCH, PUT, DELETE and delete_by_release, visible through the admin', async () => {
    const [release] = await s.t.db.query(`SELECT id FROM releases WHERE is_published ORDER BY id LIMIT 1`);
    const [os] = await s.t.db.query(`SELECT id FROM operating_systems WHERE slug = 'macos'`);
    const file = {
      name: 'macOS installer (test)',
      slug: 'macos-installer-test',
      os: `${BASE}/api/v2/downloads/os/${os.id}/`,
      release: `${BASE}/api/v2/downloads/release/${release.id}/`,
      url: 'https://www.python.org/ftp/python/test/python-test-macos.pkg',
      filesize: 10,
    };
    await v2().post('/api/v2/downloads/release_file/').send(file).expect(401);
    const created = await v2().post('/api/v2/downloads/release_file/').set('Authorization', token).send(file).expect(201);
    expect(created.body).toMatchObject({ name: file.name, os: file.os, release: file.release, filesize: 10 });
    const id = pkOf(created.body.resource_uri);
    expect(created.headers.location).toBe(`${BASE}/api/v2/downloads/release_file/${id}/`);

    const patched = await v2().patch(`/api/v2/downloads/release_file/${id}/`).set('Authorization', token).send({ filesize: 20 });
    expect(patched.status, JSON.stringify(patched.body)).toBe(200);
    expect(patched.body.filesize).toBe(20);
    // PUT replaces: every field a create needs must be there.
    const partialPut = await v2()
      .put(`/api/v2/downloads/release_file/${id}/`)
      .set('Authorization', token)
      .send({ filesize: 30 })
      .expect(400);
    expect(Object.keys(partialPut.body)).toEqual(expect.arrayContaining(['name', 'os', 'release']));
    const put = await v2()
      .put(`/api/v2/downloads/release_file/${id}/`)
      .set('Authorization', token)
      .send({ ...file, filesize: 30 });
    expect(put.status, JSON.stringify(put.body)).toBe(200);
    expect((await s.api().get(`/api/release-files/${id}`).expect(200)).body.filesize).toBe(30);
    const invalid = await v2()
      .patch(`/api/v2/downloads/release_file/${id}/`)
      .set('Authorization', token)
      .send({ md5_sum: 'nope' })
      .expect(400);
    expect(invalid.body).toEqual({ md5_sum: [expect.any(String)] });
    // A sidecar is checked against the stored url when the url is not sent.
    const sidecar = await v2()
      .patch(`/api/v2/downloads/release_file/${id}/`)
      .set('Authorization', token)
      .send({ sigstore_bundle_file: 'https://www.python.org/ftp/python/test/other.sigstore' })
      .expect(400);
    expect(sidecar.body).toEqual({ sigstore_bundle_file: [`Must be the file's url followed by .sigstore: ${file.url}.sigstore`] });
    await v2()
      .patch(`/api/v2/downloads/release_file/${id}/`)
      .set('Authorization', token)
      .send({ sigstore_bundle_file: `${file.url}.sigstore` })
      .expect(200);

    await v2().delete(`/api/v2/downloads/release_file/${id}/`).set('Authorization', token).expect(204);
    await s.api().get(`/api/release-files/${id}`).expect(404);

    const before = await s.t.db.query('SELECT count(*)::int AS n FROM release_files WHERE release_id = $1', [release.id]);
    expect(before[0].n).toBeGreaterThan(0);
    await v2().delete('/api/v2/downloads/release_file/delete_by_release/').set('Authorization', token).expect(400);
    await v2().delete(`/api/v2/downloads/release_file/delete_by_release/?release=${release.id}`).expect(401);
    await v2().delete(`/api/v2/downloads/release_file/delete_by_release/?release=${release.id}`).set('Authorization', token).expect(204);
    const after = await s.t.db.query('SELECT count(*)::int AS n FROM release_files WHERE release_id = $1', [release.id]);
    expect(after[0].n).toBe(0);
    const audited = await s.t.db.query(`SELECT count(*)::int AS n FROM audit_log WHERE resource = 'release-files' AND action = 'delete'`);
    expect(audited[0].n).toBe(before[0].n + 1);
    await v2().delete('/api/v2/downloads/release_file/delete_by_release/?release=999999').set('Authorization', token).expect(404);
  });

  it('answers DRF-shaped errors: detail for 401, 403 and 404', async () => {
    const missing = await v2().get('/api/v2/downloads/release/999999/').expect(404);
    expect(missing.body).toEqual({ detail: expect.stringContaining('999999') });
    const bad = await v2().get('/api/v2/downloads/release/').set('Authorization', 'Token not-a-token').expect(401);
    expect(bad.body).toEqual({ detail: expect.any(String) });
    const editor = `Token ${(await apiKeyOf(s, 'content_editor')).key}`;
    const refused = await v2().post('/api/v2/downloads/release/').set('Authorization', editor).send({}).expect(403);
    expect(refused.body).toEqual({ detail: expect.stringMatching(/roles/) });
    await v2().post('/api/v2/pages/page/').set('Authorization', token).send({}).expect(405);
    // Without PUBLIC_BASE_URL, URLs are built from Host: one that is no host is refused, never echoed.
    const hostile = await request(createApp(s.t.db, { registry: s.registry, delivery: { ...deliveryConfig({}), rateLimitPerMinute: 0 } }))
      .get('/api/v2/downloads/os/')
      .set('Host', 'evil.example/"><script>')
      .expect(400);
    expect(hostile.body).toEqual({ detail: expect.stringContaining('Host') });
  });
});
