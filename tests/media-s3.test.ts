import { createHash, randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { s3Store } from '../server/media/store/s3.js';
import { setupApi, type TestApi } from './support/api.js';
import { startLocalS3, type LocalS3 } from './support/s3Server.js';

const MB = 1_048_576;
const sha = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');

/** The media library on S3-compatible storage (a real s3rver on 127.0.0.1): uploads streamed through, served back intact, or by redirect. */
describe('media library on S3', () => {
  let s3: LocalS3;
  let s: TestApi;
  let redirecting: TestApi;
  beforeAll(async () => {
    s3 = await startLocalS3();
    const store = s3Store({
      bucket: s3.bucket,
      endpoint: s3.endpoint,
      region: 'us-east-1',
      accessKeyId: s3.accessKeyId,
      secretAccessKey: s3.secretAccessKey,
      forcePathStyle: true,
    });
    s = await setupApi({ seed: false, mediaStore: store, media: { limits: { image: 20 * MB, document: 40 * MB } } });
    redirecting = await setupApi({ seed: false, mediaStore: store, media: { redirectToStore: true } });
  });
  afterAll(async () => {
    await s?.t.drop();
    await redirecting?.t.drop();
    await s3?.close();
  });

  it('streams a file larger than a multipart part to the bucket and back intact, with ranges', async () => {
    // 25 MB of text lines: a plain text document, larger than three 8 MB parts.
    const line = (n: number) => `${n.toString().padStart(8, '0')} ${randomBytes(30).toString('hex')}\n`;
    const chunks: string[] = [];
    let size = 0;
    for (let n = 0; size < 25 * MB; n++) {
      const text = line(n);
      chunks.push(text);
      size += text.length;
    }
    const body = Buffer.from(chunks.join(''));
    const sha256 = createHash('sha256').update(body).digest('hex');
    const partsBefore = s3.partUploads();
    const uploaded = await (await s.as('content_editor')).post('/api/media').attach('file', body, 'big-log.txt');
    expect(uploaded.status, JSON.stringify(uploaded.body)).toBe(201);
    expect(uploaded.body).toMatchObject({ sha256, bytes: body.length, kind: 'document', content_type: 'text/plain' });
    expect(s3.partUploads() - partsBefore).toBeGreaterThanOrEqual(4);

    const served = await s.anonymous().get(`/media/${sha256}/big-log.txt`).responseType('blob').expect(200);
    expect(
      createHash('sha256')
        .update(served.body as Buffer)
        .digest('hex'),
    ).toBe(sha256);
    const start = 9 * MB - 10;
    const part = await s
      .anonymous()
      .get(`/media/${sha256}/big-log.txt`)
      .set('Range', `bytes=${start}-${start + 99}`)
      .responseType('blob')
      .expect(206);
    expect(Buffer.compare(part.body as Buffer, body.subarray(start, start + 100))).toBe(0);
    expect(part.headers['content-range']).toBe(`bytes ${start}-${start + 99}/${body.length}`);

    // Configured to, the server sends readers to a short-lived signed URL of the bucket instead.
    const small = Buffer.from('Board minutes, 2026.\n');
    const stored = await (await redirecting.as('content_editor')).post('/api/media').attach('file', small, 'minutes.txt').expect(201);
    const redirect = await redirecting.anonymous().get(`/media/${stored.body.sha256}/minutes.txt`).expect(302);
    expect(redirect.headers.location).toMatch(new RegExp(`^${s3.endpoint}/`));
    expect(redirect.headers['cache-control']).toBe('private, max-age=240');
    const direct = await fetch(redirect.headers.location);
    expect(direct.status).toBe(200);
    expect(direct.headers.get('content-disposition')).toMatch(/^attachment; filename="minutes.txt"/);
    expect(sha(Buffer.from(await direct.arrayBuffer()))).toBe(stored.body.sha256);
  }, 60_000);
});
