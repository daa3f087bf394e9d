import type { IncomingMessage } from 'node:http';
import proxyAddr from 'proxy-addr';
import { RateLimiterMemory, RateLimiterRes } from 'rate-limiter-flexible';
import { HttpError } from '../http/errors.js';

// The same rule as Express's 'trust proxy' (app.ts): a proxy on the loopback names the client.
const trusted = proxyAddr.compile('loopback');

/** The client's address: the socket's, or the one a proxy on the loopback forwarded. */
export const clientAddress = (req: IncomingMessage) => proxyAddr(req, trusted);

/**
 * How many anonymous requests one address may make per minute across the public routes, counted in
 * this process (each instance behind a load balancer counts its own share). Off with 0.
 */
export function anonymousRateLimit(perMinute: number): (req: IncomingMessage) => Promise<void> {
  if (perMinute === 0) return async () => {};
  const limiter = new RateLimiterMemory({ points: perMinute, duration: 60 });
  return async (req) => {
    try {
      await limiter.consume(clientAddress(req));
    } catch (caught) {
      if (!(caught instanceof RateLimiterRes)) throw caught;
      const seconds = Math.max(1, Math.ceil(caught.msBeforeNext / 1000));
      throw new HttpError(429, `Too many requests from this address: try again in ${seconds} s, or use an API key.`, undefined, {
        retry_after: seconds,
      });
    }
  };
}
