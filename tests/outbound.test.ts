import http from 'node:http';
import type { AddressInfo, LookupFunction } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { OutboundError, outboundRequest, type OutboundRequest } from '../server/outbound/request.js';

/** A name server that says every name is at `address`. */
const resolvesTo =
  (address: string, family = 4): LookupFunction =>
  (_host, options, callback) => {
    if (options.all) (callback as (e: null, a: { address: string; family: number }[]) => void)(null, [{ address, family }]);
    else callback(null, address, family);
  };

/** The rule every outbound request follows: no private targets unless allowed, no redirects, a deadline, a size cap. */
describe('outbound requests', () => {
  let server: http.Server;
  let base: string;
  const hits: string[] = [];
  beforeAll(async () => {
    server = http.createServer((req, res) => {
      hits.push(req.url ?? '');
      if (req.url === '/redirect') return void res.writeHead(302, { Location: 'http://169.254.169.254/latest/meta-data/' }).end();
      if (req.url === '/silent') return; // never answers
      if (req.url === '/big') return void res.end(Buffer.alloc(1_000_000, 'x'));
      res.end('ok');
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  });

  const get = (url: string, extra: Partial<OutboundRequest> = {}): OutboundRequest => ({
    method: 'GET',
    url,
    timeoutMs: 2000,
    maxResponseBytes: 10_000,
    ...extra,
  });
  const refusal = async (promise: Promise<unknown>) => {
    const error = await promise.then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(OutboundError);
    return error as OutboundError;
  };

  it('refuses loopback, metadata, private and IPv6 loopback targets, and names resolving to them, without a request', async () => {
    const before = hits.length;
    for (const url of [`${base}/ok`, 'http://169.254.169.254/latest/meta-data/', 'http://10.0.0.5/', 'http://[::1]/', 'http://0.0.0.0/']) {
      const error = await refusal(outboundRequest(get(url), { allowPrivate: false }));
      expect(error.reason, url).toBe('refused');
    }
    const named = await refusal(outboundRequest(get('http://hooks.example.org/'), { allowPrivate: false, lookup: resolvesTo('10.1.2.3') }));
    expect(named.reason).toBe('refused');
    expect(named.message).toMatch(/hooks\.example\.org.*private/);
    const mapped = await refusal(
      outboundRequest(get('http://hooks.example.org/'), { allowPrivate: false, lookup: resolvesTo('::ffff:127.0.0.1', 6) }),
    );
    expect(mapped.reason).toBe('refused');
    expect(hits.length).toBe(before);
  });

  it('refuses what is not http(s) or carries credentials, whatever the switch', async () => {
    for (const url of ['file:///etc/passwd', 'ftp://example.org/x', 'gopher://example.org/', 'http://user:pw@example.org/', 'not a url']) {
      const error = await refusal(outboundRequest(get(url), { allowPrivate: true }));
      expect(error.reason, url).toBe('refused');
    }
  });

  it('reaches a local target with OUTBOUND_ALLOW_PRIVATE, and never follows a redirect', async () => {
    const ok = await outboundRequest(get(`${base}/ok`), { allowPrivate: true });
    expect(ok.status).toBe(200);
    expect(ok.body.toString()).toBe('ok');
    const before = hits.length;
    const moved = await outboundRequest(get(`${base}/redirect`), { allowPrivate: true });
    expect(moved.status).toBe(302);
    expect(hits.length).toBe(before + 1);
  });

  it('gives up after its deadline, and reads no more than its cap', async () => {
    const late = await refusal(outboundRequest(get(`${base}/silent`, { timeoutMs: 300 }), { allowPrivate: true }));
    expect(late.reason).toBe('timeout');
    const big = await outboundRequest(get(`${base}/big`, { maxResponseBytes: 1000 }), { allowPrivate: true });
    expect(big.truncated).toBe(true);
    expect(big.body.length).toBe(1000);
  });
});
