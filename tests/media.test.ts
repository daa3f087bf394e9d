import { createHash, randomBytes } from 'node:crypto';
import { readdir } from 'node:fs/promises';
import os from 'node:os';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sweepUnusedMedia } from '../server/media/sweep.js';
import { setupApi, type TestApi } from './support/api.js';

const MB = 1_048_576;
const sha = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');
/** A PNG of `width`×`height`, either a smooth gradient (small) or noise (as large as its pixels). */
const png = (width: number, height: number, noise = false) =>
  sharp(noise ? randomBytes(width * height * 3) : Buffer.alloc(width * height * 3, 0x7f), { raw: { width, height, channels: 3 } })
    .png()
    .toBuffer();
const uploadsInTmp = async () =>
  (await readdir(os.tmpdir())).filter((name) => name.startsWith('media-upload-') || name.startsWith('media-variant-'));
const storedFiles = async (dir: string): Promise<string[]> =>
  (await readdir(dir, { recursive: true, withFileTypes: true })).filter((entry) => entry.isFile()).map((entry) => entry.name);

/** The media library: uploads typed by their bytes, stored once by hash, served immutable with ranges. */
describe('media library', () => {
  let s: TestApi;
  beforeAll(async () => {
    s = await setupApi({ seed: false, media: { limits: { image: 1 * MB, document: 2 * MB } } });
  });
  afterAll(() => s.t.drop());

  const upload = async (
    bytes: Buffer,
    name: string,
    fields: Record<string, string> = {},
    persona: 'content_editor' | 'superuser' = 'content_editor',
  ) => {
    let call = (await s.as(persona)).post('/api/media');
    for (const [key, value] of Object.entries(fields)) call = call.field(key, value);
    return call.attach('file', bytes, name);
  };

  it('stores an image once by its hash, with its size and WebP variants, and serves it immutable', async () => {
    const image = await png(1200, 800);
    const first = await upload(image, 'hero.png', { alt: 'A grey field' });
    expect(first.status, JSON.stringify(first.body)).toBe(201);
    expect(first.body).toMatchObject({
      sha256: sha(image),
      original_name: 'hero.png',
      content_type: 'image/png',
      kind: 'image',
      bytes: image.length,
      width: 1200,
      height: 800,
      alt: 'A grey field',
      focal_point: null,
    });
    expect(first.body.variants).toEqual({
      thumb: { width: 320, height: 213, bytes: expect.any(Number), content_type: 'image/webp' },
      web: { width: 1200, height: 800, bytes: expect.any(Number), content_type: 'image/webp' },
    });
    // The same bytes under another name: the same record.
    const again = await upload(image, 'copy.png');
    expect(again.status).toBe(200);
    expect(again.body.id).toBe(first.body.id);
    expect(await storedFiles(s.mediaDir)).toHaveLength(3);

    const url = `/media/${first.body.sha256}/hero.png`;
    const served = await s.anonymous().get(url).buffer(true).expect(200);
    expect(Buffer.compare(served.body as Buffer, image)).toBe(0);
    expect(served.headers).toMatchObject({
      'content-type': 'image/png',
      'x-content-type-options': 'nosniff',
      'cache-control': 'public, max-age=31536000, immutable',
      etag: `"${first.body.sha256}"`,
      'accept-ranges': 'bytes',
    });
    expect(served.headers['content-disposition']).toMatch(/^inline; filename="hero.png"/);
    await s.anonymous().get(url).set('If-None-Match', `"${first.body.sha256}"`).expect(304);

    const part = await s.anonymous().get(url).set('Range', 'bytes=10-109').buffer(true).expect(206);
    expect(part.headers['content-range']).toBe(`bytes 10-109/${image.length}`);
    expect(Buffer.compare(part.body as Buffer, image.subarray(10, 110))).toBe(0);
    const tail = await s.anonymous().get(url).set('Range', 'bytes=-5').buffer(true).expect(206);
    expect(Buffer.compare(tail.body as Buffer, image.subarray(-5))).toBe(0);
    const outside = await s
      .anonymous()
      .get(url)
      .set('Range', `bytes=${image.length + 10}-`)
      .expect(416);
    expect(outside.headers['content-range']).toBe(`bytes */${image.length}`);

    const thumb = await s.anonymous().get(`/media/${first.body.sha256}/thumb/hero.png`).buffer(true).expect(200);
    expect(thumb.headers['content-type']).toBe('image/webp');
    expect(await sharp(thumb.body as Buffer).metadata()).toMatchObject({ format: 'webp', width: 320, height: 213 });
    await s.anonymous().get(`/media/${first.body.sha256}/huge/hero.png`).expect(404);
    await s
      .anonymous()
      .get(`/media/${'0'.repeat(64)}/nothing.png`)
      .expect(404);
    await s.anonymous().get('/media/not-a-hash/x.png').expect(404);
  });

  it('decides the type from the bytes: a .png that is an executable, an SVG, or a mismatch with its use is a 415, and nothing is kept', async () => {
    const before = await storedFiles(s.mediaDir);
    // A Windows executable's header, named like an image and sent as one.
    const exe = Buffer.concat([
      Buffer.from('MZ\x90\x00\x03\x00\x00\x00\x04\x00\x00\x00\xff\xff', 'latin1'),
      Buffer.alloc(200),
      Buffer.from('PE\x00\x00', 'latin1'),
      Buffer.alloc(400),
    ]);
    const refused = await upload(exe, 'innocent.png');
    expect(refused.status).toBe(415);
    expect(refused.body.message).toMatch(/exe/);
    const hostile = [
      '<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>',
      '<?xml version="1.0"?><svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"><rect width="1" height="1"/></svg>',
      '<!-- a logo --><svg xmlns="http://www.w3.org/2000/svg"><image href="https://evil.example/x.png"/></svg>',
    ];
    for (const svg of hostile) {
      const reply = await upload(Buffer.from(svg), 'logo.svg');
      expect(reply.status).toBe(415);
      expect(reply.body.message).toMatch(/SVG/);
    }
    const mismatch = await upload(await png(10, 10), 'report.pdf', { use: 'document' });
    expect(mismatch.status).toBe(415);
    expect(mismatch.body.message).toMatch(/Expected a document.*png/);
    expect(await storedFiles(s.mediaDir)).toEqual(before);
    const [{ n }] = await s.t.db.query(
      `SELECT count(*)::int AS n FROM media WHERE original_name IN ('innocent.png', 'logo.svg', 'report.pdf')`,
    );
    expect(n).toBe(0);
    expect(await uploadsInTmp()).toEqual([]);
  });

  it('refuses a file past its limit with a 413 and leaves nothing behind', async () => {
    const before = await storedFiles(s.mediaDir);
    // Past the largest limit: cut off while streaming.
    const tooBig = await upload(randomBytes(3 * MB), 'big.bin');
    expect(tooBig.status).toBe(413);
    // Under the documents' limit, over the images': refused once its bytes say it is an image.
    const noisy = await png(700, 700, true);
    expect(noisy.length).toBeGreaterThan(1 * MB);
    const bigImage = await upload(noisy, 'noise.png');
    expect(bigImage.status).toBe(413);
    expect(bigImage.body.message).toMatch(/image may be at most 1 MB/);
    expect(await storedFiles(s.mediaDir)).toEqual(before);
    expect(await uploadsInTmp()).toEqual([]);
  });

  it('takes documents, serving what a browser could run as a download', async () => {
    const pdf = Buffer.from('%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n');
    const doc = await upload(pdf, 'minutes.pdf');
    expect(doc.status).toBe(201);
    expect(doc.body).toMatchObject({ kind: 'document', content_type: 'application/pdf', width: null, variants: {} });
    const shownPdf = await s.anonymous().get(`/media/${doc.body.sha256}/minutes.pdf`).expect(200);
    expect(shownPdf.headers['content-disposition']).toMatch(/^inline;/);
    const text = await upload(Buffer.from('<html><script>alert(1)</script></html>\nplain words\n'), 'notes.html');
    expect(text.status).toBe(201);
    expect(text.body).toMatchObject({ kind: 'document', content_type: 'text/plain' });
    const shownText = await s.anonymous().get(`/media/${text.body.sha256}/notes.html`).expect(200);
    expect(shownText.headers['content-type']).toMatch(/^text\/plain/);
    expect(shownText.headers['content-disposition']).toMatch(/^attachment; filename="notes.html"/);
  });

  it('lets only writers upload, answers a JSON body with 415, and edits alt text and the focal point through the generic CRUD', async () => {
    const image = await png(64, 48);
    expect((await upload(image, 'a.png', {}, 'content_editor')).status).toBe(201);
    await (await s.as('release_manager')).post('/api/media').attach('file', image, 'a.png').expect(403);
    await s.anonymous().post('/api/media').attach('file', image, 'a.png').expect(401);
    await (await s.as('content_editor')).post('/api/media').send({ sha256: 'x' }).expect(415);
    const none = await (await s.as('content_editor')).post('/api/media').field('alt', 'no file');
    expect(none.status).toBe(400);

    const editor = await s.as('content_editor');
    const listed = await editor.get(`/api/media?filter=${encodeURIComponent(JSON.stringify({ kind: 'image', q: 'a.png' }))}`).expect(200);
    const record = listed.body.find((m: { original_name: string }) => m.original_name === 'a.png');
    expect(record).toBeDefined();
    const edited = await editor
      .put(`/api/media/${record.id}`)
      .send({ alt: 'A small square', focal_point: { x: 0.25, y: 0.75 }, row_version: record.row_version })
      .expect(200);
    expect(edited.body).toMatchObject({ alt: 'A small square', focal_point: { x: 0.25, y: 0.75 } });
    const outside = await editor.put(`/api/media/${record.id}`).send({ focal_point: { x: 2, y: 0 }, row_version: edited.body.row_version });
    expect(outside.status).toBe(422);
    expect(outside.body.errors.focal_point).toMatch(/from 0 to 1/);
    // What the upload decided is read-only: sent back, it is ignored.
    const kept = await editor
      .put(`/api/media/${record.id}`)
      .send({ sha256: 'f'.repeat(64), kind: 'document', row_version: edited.body.row_version })
      .expect(200);
    expect(kept.body).toMatchObject({ sha256: record.sha256, kind: 'image' });
  });

  it('lets pages, photos and sponsors use library files: an image on a page needs alt text, and a file in use cannot be deleted', async () => {
    const editor = await s.as('content_editor');
    const image = (await upload(await png(40, 30, true), 'diagram.png')).body;
    const originals = async () => (await storedFiles(s.mediaDir)).filter((name) => name === 'original').length;
    const pdf = (await upload(Buffer.from('%PDF-1.4\n%%EOF\n'), 'agenda.pdf')).body;
    const page = (await editor.post('/api/pages').send({ title: 'Media page', path: 'media-page', content: 'x' }).expect(201)).body;

    const noAlt = await editor.post('/api/page-images').send({ page_id: page.id, media_id: image.id });
    expect(noAlt.status).toBe(422);
    expect(noAlt.body.errors.media_id).toMatch(/alt text/);
    const notImage = await editor.post('/api/page-images').send({ page_id: page.id, media_id: pdf.id });
    expect(notImage.body.errors.media_id).toBe('Must be an image.');
    const both = await editor.post('/api/page-images').send({ page_id: page.id, media_id: image.id, image: 'https://example.org/x.png' });
    expect(both.status).toBe(422);
    const neither = await editor.post('/api/page-images').send({ page_id: page.id });
    expect(neither.status).toBe(422);

    const described = await editor
      .put(`/api/media/${image.id}`)
      .send({ alt: 'The release cycle', row_version: image.row_version })
      .expect(200);
    const onPage = await editor.post('/api/page-images').send({ page_id: page.id, media_id: image.id }).expect(201);
    expect(onPage.body).toMatchObject({ media_id: image.id, image: null });
    await editor.post('/api/page-documents').send({ page_id: page.id, media_id: pdf.id }).expect(201);
    // External URLs stay possible.
    await editor
      .post('/api/page-images')
      .send({ page_id: page.id, image: 'https://www.python.org/static/img/python-logo.png' })
      .expect(201);

    const cleared = await editor.put(`/api/media/${image.id}`).send({ alt: '', row_version: described.body.row_version });
    expect(cleared.status).toBe(422);
    expect(cleared.body.errors.alt).toMatch(/pages show/);

    const inUse = await editor.delete(`/api/media/${image.id}`);
    expect(inUse.status).toBe(409);
    expect(inUse.body.used_by).toEqual([{ resource: 'page-images', ids: [onPage.body.id] }]);
    expect(inUse.body.message).toContain(`page images ${onPage.body.id}`);

    const sponsorLogo = await editor
      .post('/api/sponsors')
      .send({ name: 'Logo Corp', description: 'x', primary_phone: '1', web_logo_media_id: pdf.id });
    expect(sponsorLogo.status).toBe(422);
    expect(sponsorLogo.body.errors.web_logo_media_id).toBe('Must be an image.');
    const sponsor = await editor
      .post('/api/sponsors')
      .send({ name: 'Logo Corp', description: 'x', primary_phone: '1', web_logo_media_id: image.id })
      .expect(201);
    const twice = await editor.delete(`/api/media/${image.id}`).expect(409);
    expect(twice.body.used_by).toEqual([
      { resource: 'page-images', ids: [onPage.body.id] },
      { resource: 'sponsors', ids: [sponsor.body.id] },
    ]);

    // Deleting the page deletes its images, not the library's file; unused, the file can go.
    await editor.delete(`/api/sponsors/${sponsor.body.id}`).expect(200);
    await editor.delete(`/api/pages/${page.id}`).expect(200);
    await editor.get(`/api/media/${image.id}`).expect(200);
    await s.anonymous().get(`/media/${image.sha256}/diagram.png`).expect(200);
    const before = await originals();
    await editor.delete(`/api/media/${image.id}`).expect(200);
    // Its file and variants leave the store once the delete has committed.
    await expect.poll(originals).toBe(before - 1);
    await s.anonymous().get(`/media/${image.sha256}/diagram.png`).expect(404);
  });

  it("shows a page's images and documents in the public page API, their URLs serving the files, its tag following them", async () => {
    const editor = await s.as('content_editor');
    const photo = (await upload(await png(600, 400, true), 'Core sprint (2026).png', { alt: 'Core developers at the sprint' })).body;
    const placed = await editor
      .put(`/api/media/${photo.id}`)
      .send({ focal_point: { x: 0.25, y: 0.4 }, row_version: photo.row_version })
      .expect(200);
    const pdf = (await upload(Buffer.from('%PDF-1.4\n% minutes\n%%EOF\n'), 'minutes.pdf')).body;
    const page = (await editor.post('/api/pages').send({ title: 'Sprint', path: 'sprint-2026', content: 'x' }).expect(201)).body;
    await editor.post('/api/page-images').send({ page_id: page.id, media_id: photo.id }).expect(201);
    const external = 'https://www.python.org/static/img/python-logo.png';
    const outside = (await editor.post('/api/page-images').send({ page_id: page.id, image: external }).expect(201)).body;
    await editor.post('/api/page-documents').send({ page_id: page.id, media_id: pdf.id }).expect(201);

    const v2 = await s.anonymous().get(`/api/v2/pages/page/${page.id}/`).expect(200);
    const origin = (v2.body.resource_uri as string).replace(/\/api\/v2\/.*$/, '');
    const base = `${origin}/media/${photo.sha256}`;
    expect(v2.body.images).toEqual([
      {
        url: `${base}/Core-sprint-2026-.png`,
        alt: 'Core developers at the sprint',
        width: 600,
        height: 400,
        focal_point: { x: 0.25, y: 0.4 },
        thumbnail: `${base}/thumb/Core-sprint-2026-.png`,
        web: `${base}/web/Core-sprint-2026-.png`,
      },
      { url: external, alt: null, width: null, height: null, focal_point: null, thumbnail: null, web: null },
    ]);
    expect(v2.body.documents).toEqual([
      { url: `${origin}/media/${pdf.sha256}/minutes.pdf`, name: 'minutes.pdf', content_type: 'application/pdf', bytes: pdf.bytes },
    ]);
    // v1 names them by path on this site, as it does its resource URIs; each serves the file.
    const v1 = await s.anonymous().get(`/api/v1/pages/page/${page.id}/`).expect(200);
    expect(v1.body.images[0].url).toBe(`/media/${photo.sha256}/Core-sprint-2026-.png`);
    for (const url of [v1.body.images[0].url, v1.body.images[0].thumbnail, v1.body.documents[0].url]) {
      const file = await s.anonymous().get(url).buffer(true);
      expect(file.status, url).toBe(200);
    }
    const thumb = await s.anonymous().get(v1.body.images[0].thumbnail).buffer(true);
    expect((await sharp(thumb.body as Buffer).metadata()).width).toBe(320);

    // The page's tag follows its images and the files they use: an alt edit or a removed image is a new body.
    const tagOf = async (path: string) => (await s.anonymous().get(path).expect(200)).headers.etag as string;
    const record = `/api/v2/pages/page/${page.id}/`;
    const list = `/api/v1/pages/page/?path=sprint-2026`;
    const before = { record: await tagOf(record), list: await tagOf(list) };
    await s.anonymous().get(record).set('If-None-Match', before.record).expect(304);
    await editor
      .put(`/api/media/${photo.id}`)
      .send({ alt: 'Core developers at the 2026 sprint', row_version: placed.body.row_version })
      .expect(200);
    const edited = await s.anonymous().get(record).set('If-None-Match', before.record).expect(200);
    expect(edited.body.images[0].alt).toBe('Core developers at the 2026 sprint');
    expect(await tagOf(list)).not.toBe(before.list);
    const afterAlt = await tagOf(list);
    await editor.delete(`/api/page-images/${outside.id}`).expect(200);
    expect((await s.anonymous().get(list).expect(200)).body.objects[0].images).toHaveLength(1);
    expect(await tagOf(list)).not.toBe(afterAlt);
  });

  it('sweeps unused files older than the age given, reporting each, and keeps the ones in use or recent', async () => {
    const editor = await s.as('content_editor');
    const old = (await upload(await png(21, 21, true), 'old-unused.png')).body;
    const used = (await upload(await png(22, 22, true), 'old-used.png', { alt: 'Used' })).body;
    const recent = (await upload(await png(23, 23, true), 'recent.png')).body;
    const page = (await editor.post('/api/pages').send({ title: 'Sweep page', path: 'sweep-page', content: 'x' }).expect(201)).body;
    await editor.post('/api/page-images').send({ page_id: page.id, media_id: used.id }).expect(201);
    await s.t.db.query(`UPDATE media SET created = now() - interval '40 days' WHERE id = ANY($1)`, [[old.id, used.id]]);

    const report = await sweepUnusedMedia(s.registry, 30);
    expect(report.names).toContain('old-unused.png');
    expect(report.names).not.toContain('old-used.png');
    expect(report.names).not.toContain('recent.png');
    expect(report.swept).toBe(report.names.length);
    await editor.get(`/api/media/${old.id}`).expect(404);
    await editor.get(`/api/media/${used.id}`).expect(200);
    await editor.get(`/api/media/${recent.id}`).expect(200);
    await expect.poll(async () => (await s.anonymous().get(`/media/${old.sha256}/old-unused.png`)).status).toBe(404);
    const [audit] = await s.t.db.query(`SELECT actor_id FROM audit_log WHERE resource = 'media' AND record_id = $1 AND action = 'delete'`, [
      old.id,
    ]);
    expect(audit).toEqual({ actor_id: null });
  });
});
