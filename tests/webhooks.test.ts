import type { LookupFunction } from 'node:net';
import { Webhook as Verifier } from 'standardwebhooks';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { webhookConfig } from '../server/config.js';
import { sqlOf } from '../server/db/sql.js';
import { deliverDue, type DeliverySettings } from '../server/webhooks/deliver.js';
import { pruneDeliveries } from '../server/webhooks/prune.js';
import { startReceiver } from './support/receiver.js';
import { setupApi, type TestApi } from './support/api.js';

type Receiver = Awaited<ReturnType<typeof startReceiver>>;
const FAST = { retryBaseSeconds: 0.02, retryMaxSeconds: 0.05, leaseSeconds: 5, timeoutMs: 2000 };
const settings = (extra: Partial<DeliverySettings> = {}): DeliverySettings => ({
  ...webhookConfig({}),
  ...FAST,
  outbound: { allowPrivate: true },
  ...extra,
});
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Webhooks end to end: a change commits, its deliveries are written with it, a deliverer signs and sends them to a real receiver. */
describe('webhooks', () => {
  let s: TestApi;
  let receiver: Receiver;
  let pageId: number;
  beforeAll(async () => {
    s = await setupApi({ outbound: { allowPrivate: true }, webhooks: FAST });
    [{ id: pageId }] = await s.t.db.query(`SELECT id FROM pages WHERE is_published ORDER BY id LIMIT 1`);
  });
  afterAll(() => s?.t.drop());
  afterEach(async () => {
    await receiver?.close();
    await s.t.db.query(`DELETE FROM webhooks`);
  });

  /** A webhook created through the API by the integrations role: its record and the secret shown once. */
  const subscribe = async (body: Record<string, unknown>) => {
    const res = await (await s.as('integrations')).post('/api/webhooks').send(body);
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    return res.body as { id: number; secret: string; row_version: number };
  };
  const editPage = async (title: string, id = pageId) => {
    const [{ row_version }] = await s.t.db.query(`SELECT row_version FROM pages WHERE id = $1`, [id]);
    await s.api().put(`/api/pages/${id}`).send({ title, row_version }).expect(200);
  };
  /** Runs the deliverer until nothing is due or pending (retries included), or the time is up. */
  const drain = async (extra: Partial<DeliverySettings> = {}, ms = 5000) => {
    const deadline = Date.now() + ms;
    while (Date.now() < deadline) {
      await deliverDue(sqlOf(s.registry.db), settings(extra));
      const [{ waiting }] = await s.t.db.query(
        `SELECT count(*)::int AS waiting FROM webhook_deliveries d JOIN webhooks w ON w.id = d.webhook_id
          WHERE d.status IN ('pending', 'delivering') AND w.state = 'active'`,
      );
      if (waiting === 0) return;
      await sleep(20);
    }
  };

  it('signs each delivery as Standard Webhooks says, with the public record and what changed, and never shows a secret again', async () => {
    receiver = await startReceiver();
    const editorial = await s.as('content_editor');
    await editorial
      .post('/api/webhooks')
      .send({ name: 'x', url: `${receiver.base}/x` })
      .expect(403);
    const hook = await subscribe({ name: 'Site build', url: `${receiver.base}/hooks`, events: ['pages.updated'] });
    expect(hook.secret).toMatch(/^whsec_[A-Za-z0-9+/]{43}=$/);
    const integrations = await s.as('integrations');
    await integrations.post('/api/webhook-headers').send({ webhook_id: hook.id, name: 'X-Build-Token', value: 'letmein' }).expect(201);

    await editPage('About Python (webhook test)');
    await s.api().post('/api/boxes').send({ label: 'webhook-box', content: 'x' }).expect(201); // not subscribed
    await drain();
    expect(receiver.received).toHaveLength(1);
    const [request] = receiver.received;
    expect(request.headers['x-build-token']).toBe('letmein');
    expect(request.headers['content-type']).toBe('application/json');
    const payload = new Verifier(hook.secret).verify(request.body, request.headers as Record<string, string>) as {
      type: string;
      data: { resource: string; id: number; changed: string[]; record: Record<string, unknown> };
    };
    expect(payload.type).toBe('pages.updated');
    expect(payload.data).toMatchObject({ resource: 'pages', id: pageId });
    // What the edit changed: the title, and who last changed the page (server-kept fields are not changes).
    expect(payload.data.changed.sort()).toEqual(['last_modified_by_id', 'title']);
    expect(payload.data.record).toMatchObject({ title: 'About Python (webhook test)', is_published: true });
    expect(payload.data.record.resource_uri).toMatch(new RegExp(`/api/v2/pages/page/${pageId}/$`));
    // Tampering breaks the signature.
    expect(() =>
      new Verifier(hook.secret).verify(request.body.replace('webhook test', 'webhook tost'), request.headers as Record<string, string>),
    ).toThrow();

    // The secret and the header's value never leave the server again.
    const read = await integrations.get(`/api/webhooks/${hook.id}`).expect(200);
    const listed = await integrations
      .get(`/api/webhook-headers?filter=${encodeURIComponent(JSON.stringify({ webhook_id: hook.id }))}`)
      .expect(200);
    expect(JSON.stringify([read.body, listed.body])).not.toMatch(/whsec_|letmein/);
    expect(read.body).not.toHaveProperty('secret');
    const delivery = (
      await integrations.get(`/api/webhook-deliveries?filter=${encodeURIComponent(JSON.stringify({ webhook_id: hook.id }))}`).expect(200)
    ).body[0];
    expect(delivery).toMatchObject({ status: 'delivered', attempts: 1, last_status_code: 204, event_type: 'pages.updated' });
  });

  it('retries a failing receiver with the same webhook-id until it succeeds, and replays a failed delivery', async () => {
    receiver = await startReceiver((_req, n) => ({ status: n <= 2 ? 503 : 200, body: n <= 2 ? 'busy' : 'thanks' }));
    const hook = await subscribe({ name: 'Flaky', url: `${receiver.base}/flaky`, events: ['pages.updated'] });
    await editPage('Retried');
    await drain();
    expect(receiver.received).toHaveLength(3);
    expect(new Set(receiver.received.map((r) => r.headers['webhook-id'])).size).toBe(1);
    expect(new Set(receiver.received.map((r) => r.body)).size).toBe(1);
    const [row] = await s.t.db.query(
      `SELECT status, attempts, attempt_log, response_excerpt FROM webhook_deliveries WHERE webhook_id = $1`,
      [hook.id],
    );
    expect(row).toMatchObject({ status: 'delivered', attempts: 3, response_excerpt: 'thanks' });
    expect(row.attempt_log.map((a: { status: number }) => a.status)).toEqual([503, 503, 200]);

    // Out of tries: kept as failed; a replay sends it again, same id.
    receiver.answer(() => ({ status: 500 }));
    await editPage('Fails for good');
    await drain({ maxAttempts: 2 });
    const [failed] = await s.t.db.query(
      `SELECT id, status, attempts, message_id FROM webhook_deliveries WHERE webhook_id = $1 ORDER BY id DESC LIMIT 1`,
      [hook.id],
    );
    expect(failed).toMatchObject({ status: 'failed', attempts: 2 });
    receiver.answer(() => ({ status: 200 }));
    await (await s.as('integrations')).post(`/api/webhook-deliveries/${failed.id}/replay`).expect(200);
    await drain();
    expect(receiver.received.at(-1)!.headers['webhook-id']).toBe(failed.message_id);
    const [replayed] = await s.t.db.query(`SELECT status FROM webhook_deliveries WHERE id = $1`, [failed.id]);
    expect(replayed.status).toBe('delivered');
  });

  it('emits nothing for a write that rolled back', async () => {
    receiver = await startReceiver();
    const hook = await subscribe({ name: 'All', url: `${receiver.base}/all` });
    const [{ row_version }] = await s.t.db.query(`SELECT row_version FROM pages WHERE id = $1`, [pageId]);
    await s.api().put(`/api/pages/${pageId}`).send({ path: '', row_version }).expect(422);
    await expect(
      s.registry.write(async (tx) => {
        await tx.sql.query(`UPDATE pages SET title = 'rolled back' WHERE id = $1`, [pageId]);
        tx.emit({ resource: 'pages', operation: 'update', id: pageId, before: {}, after: { title: 'rolled back' }, actorId: null });
        throw new Error('changed my mind');
      }),
    ).rejects.toThrow('changed my mind');
    const [{ count }] = await s.t.db.query(`SELECT count(*)::int AS count FROM webhook_deliveries WHERE webhook_id = $1`, [hook.id]);
    expect(count).toBe(0);
  });

  it('keeps each record’s events in order under concurrent edits, across two deliverers, each delivered once', async () => {
    // Slow and uneven answers, and the first try of all fails: later events of a record must still wait.
    receiver = await startReceiver((_req, n) => ({ status: n === 1 ? 500 : 204, delayMs: (n * 7) % 40 }));
    const hook = await subscribe({ name: 'Ordered', url: `${receiver.base}/ordered`, events: ['pages.updated'] });
    const pages: { id: number }[] = await s.t.db.query(`SELECT id FROM pages ORDER BY id LIMIT 3`);
    // Ten edits to each of three pages at once: they queue on each row's lock, in some order.
    await Promise.all(
      pages.flatMap(({ id }) =>
        Array.from({ length: 10 }, async (_, i) => {
          for (;;) {
            const [{ row_version }] = await s.t.db.query(`SELECT row_version FROM pages WHERE id = $1`, [id]);
            const res = await s
              .api()
              .put(`/api/pages/${id}`)
              .send({ title: `Page ${id} edit ${i}`, row_version });
            if (res.status === 200) return;
            expect(res.status).toBe(409);
          }
        }),
      ),
    );
    await Promise.all([drain({ concurrency: 8 }), drain({ concurrency: 8 })]);
    const deliveries: { id: number; record_id: number; message_id: string; status: string }[] = await s.t.db.query(
      `SELECT id, record_id, message_id, status FROM webhook_deliveries WHERE webhook_id = $1 ORDER BY id`,
      [hook.id],
    );
    expect(deliveries).toHaveLength(30);
    expect(deliveries.every((d) => d.status === 'delivered')).toBe(true);
    // Each message reached the receiver successfully once (the failed first try aside), and per page in commit order.
    const succeeded = receiver.received.filter((_, i) => i > 0).map((r) => r.headers['webhook-id'] as string);
    expect(new Set(succeeded).size).toBe(30);
    expect(succeeded).toHaveLength(30);
    for (const { id } of pages) {
      const committed = deliveries.filter((d) => d.record_id === id).map((d) => d.message_id);
      expect(succeeded.filter((m) => committed.includes(m))).toEqual(committed);
    }
  });

  it('disables a webhook whose receiver answers 410, and pauses one that keeps failing until it is resumed', async () => {
    receiver = await startReceiver((req) => ({ status: req.path === '/gone' ? 410 : 500 }));
    const gone = await subscribe({ name: 'Gone', url: `${receiver.base}/gone`, events: ['pages.updated'] });
    const down = await subscribe({ name: 'Down', url: `${receiver.base}/down`, events: ['pages.updated'] });
    await editPage('First');
    await drain({ pauseAfterFailures: 3 });
    const state = async (id: number) => (await s.t.db.query(`SELECT state, state_reason FROM webhooks WHERE id = $1`, [id]))[0];
    expect(await state(gone.id)).toMatchObject({ state: 'disabled', state_reason: expect.stringMatching(/410 Gone/) });
    expect(await state(down.id)).toMatchObject({ state: 'paused', state_reason: expect.stringMatching(/Paused after 3 failed tries/) });
    expect(receiver.received.filter((r) => r.path === '/gone')).toHaveLength(1);

    // Disabled: no new deliveries. Paused: they wait, and go once resumed.
    await editPage('Second');
    const counts = async (id: number) =>
      (await s.t.db.query(`SELECT status FROM webhook_deliveries WHERE webhook_id = $1 ORDER BY id`, [id])).map(
        (r: { status: string }) => r.status,
      );
    expect(await counts(gone.id)).toEqual(['failed']);
    expect(await counts(down.id)).toEqual(['pending', 'pending']);
    receiver.answer(() => ({ status: 200 }));
    const [{ row_version }] = await s.t.db.query(`SELECT row_version FROM webhooks WHERE id = $1`, [down.id]);
    const resumed = await (await s.as('integrations')).put(`/api/webhooks/${down.id}`).send({ state: 'active', row_version }).expect(200);
    expect(resumed.body).toMatchObject({ state: 'active', state_reason: null, consecutive_failures: 0 });
    await drain();
    expect(await counts(down.id)).toEqual(['delivered', 'delivered']);
  });

  it('refuses loopback, metadata and private targets at delivery time unless OUTBOUND_ALLOW_PRIVATE', async () => {
    receiver = await startReceiver();
    const local = await subscribe({ name: 'Local', url: `${receiver.base}/local`, events: ['pages.updated'] });
    const metadata = await subscribe({ name: 'Metadata', url: 'http://169.254.169.254/latest/meta-data/', events: ['pages.updated'] });
    const named = await subscribe({ name: 'Named', url: 'http://hooks.internal.example.org/x', events: ['pages.updated'] });
    await editPage('SSRF');
    const tenDotX: LookupFunction = (_host, options, callback) =>
      options.all
        ? (callback as (e: null, a: object[]) => void)(null, [{ address: '10.20.30.40', family: 4 }])
        : callback(null, '10.20.30.40', 4);
    await deliverDue(sqlOf(s.registry.db), settings({ outbound: { allowPrivate: false, lookup: tenDotX }, maxAttempts: 1 }));
    const rows: { webhook_id: number; status: string; last_error: string }[] = await s.t.db.query(
      `SELECT webhook_id, status, last_error FROM webhook_deliveries ORDER BY webhook_id`,
    );
    for (const id of [local.id, metadata.id, named.id]) {
      const row = rows.find((r) => r.webhook_id === id)!;
      expect(row.status).toBe('failed');
      expect(row.last_error).toMatch(/Refused .*(loopback|private)/);
    }
    expect(receiver.received).toHaveLength(0);
    // Saving an address is allowed (DNS may change); so is reaching it, with the switch on.
    await s.t.db.query(`UPDATE webhook_deliveries SET status = 'pending', attempts = 0 WHERE webhook_id = $1`, [local.id]);
    await s.t.db.query(`UPDATE webhooks SET state = 'paused' WHERE id <> $1`, [local.id]);
    await drain();
    expect(receiver.received).toHaveLength(1);
    // Not http(s): refused when saved.
    const bad = await (await s.as('integrations')).post('/api/webhooks').send({ name: 'File', url: 'file:///etc/passwd' });
    expect(bad.status).toBe(422);
  });

  it('purges exactly the surrogate keys of what changed, batched per CDN target, with its token', async () => {
    receiver = await startReceiver(() => ({ status: 200, body: '{"status":"ok"}' }));
    const integrations = await s.as('integrations');
    const noToken = await integrations
      .post('/api/webhooks')
      .send({ name: 'CDN', kind: 'fastly_purge', url: receiver.base, service_id: 'svc1' });
    expect(noToken.status).toBe(422);
    await subscribe({ name: 'CDN', kind: 'fastly_purge', url: receiver.base, service_id: 'svc1', token: 'fastly-token' });
    const [file] = await s.t.db.query(`SELECT id, release_id, row_version FROM release_files ORDER BY id LIMIT 1`);
    await s.api().put(`/api/release-files/${file.id}`).send({ description: 'Purged', row_version: file.row_version }).expect(200);
    await editPage('Purge me');
    await drain();
    expect(receiver.received).toHaveLength(1);
    const [purge] = receiver.received;
    expect(purge.path).toBe('/service/svc1/purge');
    expect(purge.headers['fastly-key']).toBe('fastly-token');
    const keys = String(purge.headers['surrogate-key']).split(' ');
    expect(keys.sort()).toEqual(
      ['pages', `page-${pageId}`, `release-${file.release_id}`, 'release-files', `release-file-${file.id}`].sort(),
    );
    // The public API sends these keys: a purge of them reaches everything built from the change.
    const served = await s.anonymous().get(`/api/v2/downloads/release_file/?release=${file.release_id}`);
    if (served.status === 200)
      expect(String(served.headers['surrogate-key']).split(' ')).toEqual(expect.arrayContaining([`release-${file.release_id}`]));
  });

  it('prunes finished deliveries older than the days kept, never waiting ones', async () => {
    receiver = await startReceiver();
    const hook = await subscribe({ name: 'Pruned', url: `${receiver.base}/p`, events: ['pages.updated'] });
    for (const title of ['one', 'two', 'three']) await editPage(`Prune ${title}`);
    const ids: number[] = (await s.t.db.query(`SELECT id FROM webhook_deliveries WHERE webhook_id = $1 ORDER BY id`, [hook.id])).map(
      (r: { id: number }) => r.id,
    );
    await s.t.db.query(`UPDATE webhook_deliveries SET status = 'delivered' WHERE id = $1`, [ids[0]]);
    await s.t.db.query(`UPDATE webhook_deliveries SET status = 'failed' WHERE id = $1`, [ids[1]]);
    await s.t.db.query(`UPDATE webhook_deliveries SET created = now() - interval '40 days' WHERE id = ANY($1)`, [ids]);
    expect(await pruneDeliveries(sqlOf(s.registry.db), 30)).toBe(2);
    const left = await s.t.db.query(`SELECT id, status FROM webhook_deliveries WHERE webhook_id = $1`, [hook.id]);
    expect(left).toEqual([{ id: ids[2], status: 'pending' }]);
  });

  it('sends a test event on demand and rotates the secret, the old one still signing during the overlap', async () => {
    receiver = await startReceiver();
    const hook = await subscribe({ name: 'Rotating', url: `${receiver.base}/r`, events: ['pages.updated'] });
    const integrations = await s.as('integrations');
    const test = await integrations.post(`/api/webhooks/${hook.id}/test`).expect(201);
    expect(test.body).toMatchObject({ status: 'delivered', event_type: 'webhook.test', last_status_code: 204 });
    expect(
      new Verifier(hook.secret).verify(receiver.received[0].body, receiver.received[0].headers as Record<string, string>),
    ).toMatchObject({
      type: 'webhook.test',
    });

    const rotated = await integrations.post(`/api/webhooks/${hook.id}/rotate-secret`).send({}).expect(200);
    expect(rotated.body.secret).toMatch(/^whsec_/);
    expect(rotated.body.secret).not.toBe(hook.secret);
    expect(rotated.body.previous_secret_expires).toBeTruthy();
    await editPage('After rotation');
    await drain();
    const last = receiver.received.at(-1)!;
    // Both secrets verify during the overlap; once it ends, only the new one signs.
    for (const secret of [hook.secret, rotated.body.secret])
      expect(() => new Verifier(secret).verify(last.body, last.headers as Record<string, string>)).not.toThrow();
    await s.t.db.query(`UPDATE webhooks SET previous_secret_expires = now() - interval '1 second' WHERE id = $1`, [hook.id]);
    await editPage('After the overlap');
    await drain();
    const later = receiver.received.at(-1)!;
    expect(() => new Verifier(hook.secret).verify(later.body, later.headers as Record<string, string>)).toThrow();
    expect(() => new Verifier(rotated.body.secret).verify(later.body, later.headers as Record<string, string>)).not.toThrow();
  });
});
