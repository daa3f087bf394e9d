import http from 'node:http';
import https from 'node:https';
import type { LookupFunction } from 'node:net';
import { RequestFilteringHttpAgent, RequestFilteringHttpsAgent } from 'request-filtering-agent';

/*
 * Every request the server makes to someone else (webhooks, CDN purges, calendar and blog feeds) goes
 * through here, under one rule: http(s) only; the address the name resolves to is checked when the
 * connection is made (not when a URL is saved: DNS can change), and loopback, private, link-local,
 * carrier-grade NAT and metadata addresses are refused unless OUTBOUND_ALLOW_PRIVATE=true; redirects
 * are never followed; each request has a deadline and reads at most so many bytes of the answer.
 */

export interface OutboundPolicy {
  /** Allow loopback, private and link-local addresses (development, tests). */
  allowPrivate: boolean;
  /** Resolves names instead of DNS (tests: a name that resolves to 10.x). */
  lookup?: LookupFunction;
}

export interface OutboundRequest {
  method: 'GET' | 'POST' | 'HEAD';
  url: string;
  headers?: Record<string, string>;
  body?: string | Buffer;
  /** The whole exchange, connecting included. */
  timeoutMs: number;
  /** Bytes of the answer read at most; the rest is dropped and `truncated` set. */
  maxResponseBytes: number;
}

export interface OutboundResponse {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: Buffer;
  truncated: boolean;
  durationMs: number;
}

/** Why a request was not made or not answered: refused by the rule, timed out, or the connection failed. */
export class OutboundError extends Error {
  constructor(
    message: string,
    readonly reason: 'refused' | 'timeout' | 'network',
    readonly durationMs = 0,
  ) {
    super(message);
  }
}

/** A target URL the rule allows in form (http or https, a host, no credentials), or a sentence saying why not. */
export function checkTargetUrl(raw: string): URL | string {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return 'Must be an absolute http or https URL.';
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return `Must be http or https, not ${url.protocol.replace(':', '')}.`;
  if (url.username || url.password) return 'Must not carry a user name or password (send credentials as a header).';
  if (!url.hostname) return 'Must name a host.';
  return url;
}

// One pair of agents per rule, kept alive: a busy webhook target reuses its connections.
const agents = new Map<boolean, { http: http.Agent; https: https.Agent }>();
function agentsFor(allowPrivate: boolean) {
  let pair = agents.get(allowPrivate);
  if (!pair) {
    const options = { allowPrivateIPAddress: allowPrivate, allowMetaIPAddress: allowPrivate, keepAlive: true, maxSockets: 32 };
    pair = { http: new RequestFilteringHttpAgent(options), https: new RequestFilteringHttpsAgent(options) };
    agents.set(allowPrivate, pair);
  }
  return pair;
}

const refusedAddress = (message: string) => /is not allowed/.test(message);

/** Makes one request under the rule; resolves with any answer (a 500 too), rejects with OutboundError otherwise. */
export function outboundRequest(request: OutboundRequest, policy: OutboundPolicy): Promise<OutboundResponse> {
  const target = checkTargetUrl(request.url);
  if (typeof target === 'string') return Promise.reject(new OutboundError(`Refused ${request.url}: ${target}`, 'refused'));
  const secure = target.protocol === 'https:';
  const agent = agentsFor(policy.allowPrivate)[secure ? 'https' : 'http'];
  const started = performance.now();
  const elapsed = () => Math.round(performance.now() - started);
  return new Promise((resolve, reject) => {
    const fail = (error: Error) => {
      if (error instanceof OutboundError) return reject(error);
      const reason = refusedAddress(error.message) ? 'refused' : 'network';
      const message =
        reason === 'refused'
          ? `Refused ${target.host}: it resolves to a loopback, private, link-local or metadata address (OUTBOUND_ALLOW_PRIVATE is off).`
          : `${target.host}: ${error.message}`;
      reject(new OutboundError(message, reason, elapsed()));
    };
    const req = (secure ? https : http).request(
      target,
      {
        method: request.method,
        agent,
        headers: { 'User-Agent': 'pydotorg-admin', ...request.headers },
        ...(policy.lookup && { lookup: policy.lookup }),
        signal: AbortSignal.timeout(request.timeoutMs),
      },
      (res) => {
        const chunks: Buffer[] = [];
        let size = 0;
        let truncated = false;
        res.on('data', (chunk: Buffer) => {
          if (truncated) return;
          const room = request.maxResponseBytes - size;
          if (chunk.length > room) {
            chunks.push(chunk.subarray(0, Math.max(0, room)));
            size += Math.max(0, room);
            truncated = true;
            // Enough read: the connection is dropped rather than drained.
            res.destroy();
            resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks), truncated, durationMs: elapsed() });
            return;
          }
          chunks.push(chunk);
          size += chunk.length;
        });
        res.on('end', () =>
          resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks), truncated, durationMs: elapsed() }),
        );
        res.on('error', (error) => {
          if (!truncated) fail(error);
        });
      },
    );
    req.on('error', (error) => {
      if (error.name === 'AbortError' || error.name === 'TimeoutError') {
        return reject(new OutboundError(`${target.host}: no answer within ${request.timeoutMs} ms.`, 'timeout', elapsed()));
      }
      fail(error);
    });
    req.end(request.body);
  });
}
