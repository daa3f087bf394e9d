import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { startReceiver } from '../support/receiver.js';
import { call, databaseWithToken, eventually, startInstance, type Instance } from './support.js';

// Loopback receivers; a short lease, so a delivery whose process died is taken over within seconds.
const ENV = { OUTBOUND_ALLOW_PRIVATE: 'true', WEBHOOK_LEASE_SECONDS: '2', WEBHOOK_POLL_MS: '200', WEBHOOK_TIMEOUT_SECONDS: '60' };

/** Webhook deliveries across real server processes: killed mid-delivery, and two sharing the work. */
describe('webhook delivery across processes', () => {
  const files = databaseWithToken();
  const instances: Instance[] = [];
  let receiver: Awaited<ReturnType<typeof startReceiver>> | undefined;
  afterEach(async () => {
    await Promise.all(instances.splice(0).map((i) => i.stop()));
    await receiver?.close();
    await files.t.db.query(`DELETE FROM webhooks`);
  });
  afterAll(async () => {
    await receiver?.close();
  });
  const subscribe = async (base: string, url: string) => {
    const res = await call(base, 'POST', '/api/webhooks', {
      token: files.token,
      body: { name: 'fault test', url, events: ['boxes.created'] },
    });
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    return res.body as { id: number };
  };

  it('delivers after a restart what a killed process was sending, with the same webhook-id', async () => {
    // The first try hangs (the process is killed while waiting for it); later ones succeed.
    receiver = await startReceiver((_req, n) => ({ status: 204, delayMs: n === 1 ? 120_000 : 0 }));
    const a = await startInstance(files.t.url, ENV);
    instances.push(a);
    const hook = await subscribe(a.base, `${receiver.base}/hooks`);
    expect(
      (await call(a.base, 'POST', '/api/boxes', { token: files.token, body: { label: 'killed-mid-delivery', content: '' } })).status,
    ).toBe(201);
    await eventually(async () => receiver!.received.length === 1, 15_000, 'the first try reached the receiver');
    a.server.child.kill('SIGKILL');
    await a.server.exited;
    const [inFlight] = await files.t.db.query(`SELECT status FROM webhook_deliveries WHERE webhook_id = $1`, [hook.id]);
    expect(inFlight.status).toBe('delivering');

    instances.push(await startInstance(files.t.url, ENV));
    await eventually(async () => receiver!.received.length === 2, 20_000, 'the restarted process delivered it');
    const [first, second] = receiver.received;
    expect(second.headers['webhook-id']).toBe(first.headers['webhook-id']);
    expect(second.body).toBe(first.body);
    await eventually(
      async () => {
        const [row] = await files.t.db.query(`SELECT status, attempts FROM webhook_deliveries WHERE webhook_id = $1`, [hook.id]);
        return row.status === 'delivered' && row.attempts === 2;
      },
      10_000,
      'the delivery recorded as delivered on its second try',
    );
  });

  it('shares the work between two processes, each event delivered once', async () => {
    receiver = await startReceiver((_req, n) => ({ status: 204, delayMs: n % 5 }));
    const [a, b] = await Promise.all([startInstance(files.t.url, ENV), startInstance(files.t.url, ENV)]);
    instances.push(a, b);
    await subscribe(a.base, `${receiver.base}/hooks`);
    await Promise.all(
      Array.from({ length: 40 }, (_, i) =>
        call(i % 2 ? a.base : b.base, 'POST', '/api/boxes', { token: files.token, body: { label: `shared-${i}`, content: '' } }),
      ),
    );
    await eventually(async () => receiver!.received.length >= 40, 20_000, 'all 40 events delivered');
    // Settle: nothing more arrives.
    await new Promise((resolve) => setTimeout(resolve, 1000));
    const ids = receiver.received.map((r) => r.headers['webhook-id']);
    expect(ids).toHaveLength(40);
    expect(new Set(ids).size).toBe(40);
    const [{ delivered }] = await files.t.db.query(`SELECT count(*)::int AS delivered FROM webhook_deliveries WHERE status = 'delivered'`);
    expect(delivered).toBe(40);
  });
});
