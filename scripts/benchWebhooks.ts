/**
 * The "webhooks" scenario of npm run bench: a webhook on a local receiver, then 1,000 record changes
 * made through the API by 20 clients at once (box creations: each commits, with its delivery, in
 * one transaction). Prints deliveries/s (from the first change to the last delivery), the lag from
 * each change to its arrival at the receiver (p50, p99, max; measured from the event's timestamp,
 * taken in the change's transaction just before it commits), and whether each event arrived exactly once.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';

const CHANGES = 1000;
const CLIENTS = 20;

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];

export async function benchWebhooks({ port, authorization }: { port: number; authorization: string }): Promise<boolean> {
  const arrivals = new Map<string, number[]>();
  const lags: number[] = [];
  let last = 0;
  const receiver = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const now = Date.now();
      const id = String(req.headers['webhook-id']);
      arrivals.set(id, [...(arrivals.get(id) ?? []), now]);
      const { timestamp } = JSON.parse(Buffer.concat(chunks).toString()) as { timestamp: string };
      lags.push(now - Date.parse(timestamp));
      last = now;
      res.writeHead(204).end();
    });
  });
  await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve));
  const target = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/hook`;
  const api = (method: string, path: string, body: unknown) =>
    fetch(`http://127.0.0.1:${port}${path}`, {
      method,
      headers: { authorization, 'content-type': 'application/json' },
      body: JSON.stringify(body),
    });
  try {
    const hook = await api('POST', '/api/webhooks', { name: 'bench', url: target, events: ['boxes.created'] });
    if (hook.status !== 201) throw new Error(`creating the bench webhook: ${hook.status} ${await hook.text()}`);
    const tag = Date.now().toString(36);
    let next = 0;
    const started = Date.now();
    await Promise.all(
      Array.from({ length: CLIENTS }, async () => {
        while (next < CHANGES) {
          const i = next++;
          const res = await api('POST', '/api/boxes', { label: `bench-webhook-${tag}-${i}`, content: '' });
          if (res.status !== 201) throw new Error(`change ${i}: ${res.status} ${await res.text()}`);
        }
      }),
    );
    const written = Date.now();
    for (let waited = 0; arrivals.size < CHANGES && waited < 60_000; waited += 50) await new Promise((r) => setTimeout(r, 50));
    await new Promise((r) => setTimeout(r, 500)); // anything arriving twice would arrive now
    const sorted = [...lags].sort((a, b) => a - b);
    const duplicates = [...arrivals.values()].filter((times) => times.length > 1).length;
    const seconds = (last - started) / 1000;
    console.log(
      `\nwebhooks: ${CHANGES} changes by ${CLIENTS} clients in ${((written - started) / 1000).toFixed(2)} s, a receiver on the loopback`,
    );
    console.log(
      `  delivered ${arrivals.size}/${CHANGES} in ${seconds.toFixed(2)} s: ${(arrivals.size / seconds).toFixed(0)} deliveries/s; ` +
        `lag from change to delivery p50 ${percentile(sorted, 50)} ms, p99 ${percentile(sorted, 99)} ms, max ${sorted.at(-1)} ms; ` +
        `${duplicates} delivered twice`,
    );
    const ok = arrivals.size === CHANGES && duplicates === 0 && percentile(sorted, 99) < 2000;
    console.log(`  target p99 lag under 2000 ms, every change delivered once: ${ok ? 'met' : 'NOT met'}`);
    return ok;
  } finally {
    receiver.closeAllConnections();
    await new Promise((resolve) => receiver.close(resolve));
  }
}
