import http from 'node:http';
import type { AddressInfo } from 'node:net';

export interface Received {
  path: string;
  headers: http.IncomingHttpHeaders;
  body: string;
}

/** How the receiver answers one request: a status, after a delay. */
export type Answer = (request: Received, count: number) => { status: number; delayMs?: number; body?: string };

/** A real HTTP receiver on 127.0.0.1 (webhooks, CDN purges): it records every request and answers as told. */
export async function startReceiver(answer: Answer = () => ({ status: 204 })) {
  const received: Received[] = [];
  let respond = answer;
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const request = { path: req.url ?? '', headers: req.headers, body: Buffer.concat(chunks).toString() };
      received.push(request);
      const { status, delayMs = 0, body = '' } = respond(request, received.length);
      setTimeout(() => res.writeHead(status).end(body), delayMs);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    base,
    received,
    answer: (next: Answer) => (respond = next),
    async close() {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
    },
  };
}
