import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signPreview } from '../server/crud/preview/links.js';
import { sqlOf } from '../server/db/sql.js';
import { setupApi, type TestApi } from './support/api.js';

/** Signed preview links: the draft or the record as the site would show it, without signing in, until they expire or the key turns. */
describe('preview links', () => {
  let s: TestApi;
  beforeAll(async () => {
    s = await setupApi({ seed: false });
  });
  afterAll(() => s.t.drop());

  const pathOf = (url: string) => new URL(url).pathname;

  it("shows a page's draft rendered and sanitised to anyone with the link", async () => {
    const page = await s
      .api()
      .post('/api/pages')
      .send({ title: 'Preview me', path: 'preview-me', content: 'Live words.', content_markup_type: 'markdown', is_published: true })
      .expect(201);
    await s
      .api()
      .put(`/api/pages/${page.body.id}?draft=true`)
      .send({
        content: '# Draft heading\n\n*Emphasis* here.\n\n<script>alert(1)</script><img src="x" onerror="alert(2)">',
        row_version: page.body.row_version,
      })
      .expect(200);
    const link = await s.api().post(`/api/pages/${page.body.id}/preview-link`).send({}).expect(201);
    const expires = new Date(link.body.expires).getTime();
    expect(Math.round((expires - Date.now()) / 86_400_000)).toBe(7);

    const shown = await s.anonymous().get(pathOf(link.body.url)).expect(200);
    expect(shown.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(shown.headers['content-security-policy']).toContain("default-src 'none'");
    expect(shown.headers['cache-control']).toBe('private, no-store');
    expect(shown.headers['referrer-policy']).toBe('no-referrer');
    expect(shown.text).toContain('<h1>Preview me</h1>');
    expect(shown.text).toMatch(/<h1[^>]*>Draft heading<\/h1>/);
    expect(shown.text).toContain('<em>Emphasis</em>');
    expect(shown.text).not.toContain('<script>alert(1)');
    expect(shown.text).not.toContain('onerror');
    expect(shown.text).not.toContain('Live words.');
    expect(shown.text).toContain('unpublished draft');

    // The live record, on request.
    const live = await s.api().post(`/api/pages/${page.body.id}/preview-link`).send({ draft: false }).expect(201);
    expect((await s.anonymous().get(pathOf(live.body.url)).expect(200)).text).toContain('Live words.');
  });

  it('answers a tampered, expired or revoked link with one and the same 404', async () => {
    const page = await s
      .api()
      .post('/api/pages')
      .send({ title: 'Secret plans', path: 'secret-plans', content: 'Hidden.', is_published: false })
      .expect(201);
    // A record without a draft: its saved form (this one is not published at all).
    const link = await s.api().post(`/api/pages/${page.body.id}/preview-link`).send({}).expect(201);
    const path = pathOf(link.body.url);
    expect((await s.anonymous().get(path).expect(200)).text).toContain('Hidden.');
    const token = path.split('/').pop()!;
    const [payload, signature] = token.split('.');
    const flipped = `${signature.slice(0, -1)}${signature.endsWith('A') ? 'B' : 'A'}`;
    // Another record's id under the same signature.
    const otherPayload = Buffer.from(JSON.stringify(['pages', page.body.id + 1, 0, Math.floor(Date.now() / 1000) + 3600])).toString(
      'base64url',
    );
    const expired = await signPreview(sqlOf(s.t.db), {
      resource: 'pages',
      id: page.body.id,
      draft: false,
      expires: new Date(Date.now() - 1000),
    });
    const bad = [`${payload}.${flipped}`, `${otherPayload}.${signature}`, expired, 'garbage', `${token}.extra`];
    const replies = await Promise.all(bad.map((t) => s.anonymous().get(`/preview/${t}`)));
    expect(replies.map((r) => r.status)).toEqual(bad.map(() => 404));
    expect(new Set(replies.map((r) => r.text)).size).toBe(1);
    expect(replies[0].text).not.toContain('Secret');

    // Rotating the key revokes every link made before; new ones work.
    await (await s.as('content_editor')).post('/api/preview-links/rotate-key').expect(403);
    await s.api().post('/api/preview-links/rotate-key').expect(204);
    const revoked = await s.anonymous().get(path).expect(404);
    expect(revoked.text).toBe(replies[0].text);
    const fresh = await s.api().post(`/api/pages/${page.body.id}/preview-link`).send({}).expect(201);
    await s.anonymous().get(pathOf(fresh.body.url)).expect(200);
  });

  it("shows a release's files table, and refuses a draft preview of a record without one", async () => {
    const release = await s
      .api()
      .post('/api/releases')
      .send({
        name: 'Python 3.22.0',
        slug: 'python-3220',
        version: 3,
        release_date: '2032-10-01T00:00:00Z',
        content: 'Notes **bold**.',
        content_markup_type: 'markdown',
      })
      .expect(201);
    const [os] = await s.t.db.query(`INSERT INTO operating_systems (name, slug) VALUES ('Source release', 'source-prev') RETURNING id`);
    await s
      .api()
      .post('/api/release-files')
      .send({
        name: 'Gzipped source tarball',
        slug: 'py3220-tgz',
        os_id: os.id,
        release_id: release.body.id,
        url: 'https://www.python.org/ftp/python/3.22.0/Python-3.22.0.tgz',
      })
      .expect(201);
    await s.api().post(`/api/releases/${release.body.id}/preview-link`).send({ draft: true }).expect(409);
    const link = await s.api().post(`/api/releases/${release.body.id}/preview-link`).send({}).expect(201);
    const html = (await s.anonymous().get(pathOf(link.body.url)).expect(200)).text;
    expect(html).toContain('<strong>bold</strong>');
    expect(html).toMatch(/<table>.*Gzipped source tarball.*Python-3\.22\.0\.tgz/s);
    // Only writers of the resource make links.
    await (await s.as('content_editor')).post(`/api/releases/${release.body.id}/preview-link`).send({}).expect(403);
  });
});
