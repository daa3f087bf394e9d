import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startReceiver } from './support/receiver.js';
import { setupApi, type TestApi } from './support/api.js';

const rss = (items: string[]) =>
  `<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>Python Insider</title><link>https://blog.python.org/</link>${items.join('')}</channel></rss>`;
const item = (title: string, link: string | null, date: string, description = '') =>
  `<item><title>${title}</title>${link ? `<link>${link}</link>` : ''}<pubDate>${date}</pubDate><description><![CDATA[${description}]]></description></item>`;
const ATOM = `<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom"><title>PSF News</title><id>urn:psf</id><updated>2026-12-01T00:00:00Z</updated>
<entry><title>PSF grants update</title><link href="https://pyfound.blogspot.com/grants.html"/><id>urn:psf:1</id><updated>2026-12-01T10:00:00Z</updated><summary>Grants, in short.</summary></entry></feed>`;

/** Blog feeds imported into entries, and the newest entries served by the public API. */
describe('blog feeds', () => {
  let s: TestApi;
  let server: Awaited<ReturnType<typeof startReceiver>>;
  let body = rss([
    item(
      'Python 3.15.0a1 is out',
      'https://blog.python.org/2026/10/a1.html',
      'Tue, 14 Oct 2026 12:00:00 GMT',
      '<p>Hello <script>x()</script><b>world</b></p>',
    ),
    item('Security release', 'https://blog.python.org/2026/11/security.html', 'Mon, 03 Nov 2026 09:00:00 GMT'),
    item('No link', null, 'Mon, 03 Nov 2026 09:00:00 GMT'),
  ]);
  beforeAll(async () => {
    s = await setupApi({ seed: false, outbound: { allowPrivate: true } });
    server = await startReceiver((req) => ({ status: 200, body: req.path === '/atom' ? ATOM : body }));
  });
  afterAll(async () => {
    await server?.close();
    await s?.t.drop();
  });

  it('imports RSS and Atom, upserting on the link, and serves the newest entries publicly', async () => {
    const editor = await s.as('content_editor');
    const insider = (
      await editor
        .post('/api/blog-feeds')
        .send({ name: 'Python Insider', feed_url: `${server.base}/rss` })
        .expect(201)
    ).body;
    const psf = (
      await editor
        .post('/api/blog-feeds')
        .send({ name: 'PSF News', feed_url: `${server.base}/atom` })
        .expect(201)
    ).body;

    const first = await editor.post(`/api/blog-feeds/${insider.id}/import`).expect(200);
    expect(first.body).toMatchObject({
      status: 'imported',
      created: 2,
      skipped: 1,
      errors: [{ title: 'No link', message: expect.stringMatching(/link/) }],
    });
    await editor.post(`/api/blog-feeds/${psf.id}/import`).expect(200);

    body = rss([
      item('Python 3.15.0a1 is out!', 'https://blog.python.org/2026/10/a1.html', 'Tue, 14 Oct 2026 12:00:00 GMT', 'Hello world'),
      item('Security release', 'https://blog.python.org/2026/11/security.html', 'Mon, 03 Nov 2026 09:00:00 GMT'),
      item('Python 3.15.0a2', 'https://blog.python.org/2026/12/a2.html', 'Thu, 04 Dec 2026 08:00:00 GMT'),
    ]);
    const second = await editor.post(`/api/blog-feeds/${insider.id}/import`).expect(200);
    expect(second.body).toMatchObject({ status: 'imported', created: 1, updated: 1, unchanged: 1, skipped: 0 });
    await (await s.as('release_manager')).post(`/api/blog-feeds/${insider.id}/import`).expect(403);

    const listed = await s.anonymous().get('/api/v2/blogs/entries/').expect(200);
    expect(listed.body.map((e: { title: string }) => e.title)).toEqual([
      'Python 3.15.0a2',
      'PSF grants update',
      'Security release',
      'Python 3.15.0a1 is out!',
    ]);
    expect(listed.body[1]).toMatchObject({
      blog: 'PSF News',
      url: 'https://pyfound.blogspot.com/grants.html',
      pub_date: '2026-12-01T10:00:00Z',
      summary: 'Grants, in short.',
    });
    expect(listed.headers['surrogate-key']).toContain('blog-entries');
    await s.anonymous().get('/api/v2/blogs/entries/').set('If-None-Match', listed.headers.etag).expect(304);
    // The first summary was sanitised to text; then the feed changed it.
    const [a1] = await s.t.db.query(`SELECT summary FROM blog_entries WHERE url LIKE '%a1.html'`);
    expect(a1.summary).toBe('Hello world');

    // A blog switched off leaves the public list.
    await editor
      .put(`/api/blog-feeds/${psf.id}`)
      .send({ active: false, row_version: (await editor.get(`/api/blog-feeds/${psf.id}`)).body.row_version })
      .expect(200);
    const after = await s.anonymous().get('/api/v1/blogs/entries/').expect(200);
    expect(after.body.objects.map((e: { blog: string }) => e.blog)).not.toContain('PSF News');
  });

  it('leaves entries alone when a feed is broken, and says why', async () => {
    const editor = await s.as('content_editor');
    const feed = (
      await editor
        .post('/api/blog-feeds')
        .send({ name: 'Broken', feed_url: `${server.base}/broken` })
        .expect(201)
    ).body;
    body = '<html>not a feed';
    const [{ n }] = await s.t.db.query(`SELECT count(*)::int AS n FROM blog_entries`);
    const broken = await editor.post(`/api/blog-feeds/${feed.id}/import`).expect(200);
    expect(broken.body).toMatchObject({ status: 'failed', message: expect.stringMatching(/not RSS or Atom/) });
    expect((await s.t.db.query(`SELECT count(*)::int AS n FROM blog_entries`))[0].n).toBe(n);
    const [kept] = await s.t.db.query(`SELECT last_import FROM blog_feeds WHERE id = $1`, [feed.id]);
    expect(kept.last_import.status).toBe('failed');
  });
});
