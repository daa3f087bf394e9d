import type { IncomingMessage, ServerResponse } from 'node:http';
import { parse as parseQuery } from 'node:querystring';
import type { Actors } from '../auth/loadActor.js';
import type { DeliveryConfig } from '../config.js';
import { logWhenDone } from '../http/accessLog.js';
import { errorReply } from '../http/errorHandler.js';
import { HttpError } from '../http/errors.js';
import { requestIdOf } from '../http/requestContext.js';
import { SECURITY_HEADERS } from '../http/security.js';
import type { Lifecycle } from '../lifecycle/phase.js';
import { publicCaller } from './caller.js';
import { readJsonBody } from './jsonBody.js';
import { anonymousRateLimit } from './rateLimit.js';
import { isCacheable, type Answer, type PublicRoute } from './route.js';

/** Takes the request and answers it, or returns false and leaves it alone. */
export type FrontDoor = (req: IncomingMessage, res: ServerResponse) => boolean;

/**
 * python.org's public API (v1, v2), feeds and calendars, answered before Express like the lean reads:
 * no session, no CSRF, no body parsing unless a write. Every public GET carries a strong ETag from its
 * rows' versions and answers If-None-Match with a 304 after one cheap query; anonymous answers say
 * how long caches may keep them and which Surrogate-Keys purge them. Anonymous callers are rate
 * limited per address; API keys are not.
 */
export function frontDoor(routes: readonly PublicRoute[], actors: Actors, config: DeliveryConfig, lifecycle: Lifecycle): FrontDoor {
  const limit = anonymousRateLimit(config.rateLimitPerMinute);
  const publicCache = `public, max-age=${config.maxAgeSeconds}, s-maxage=${config.sMaxAgeSeconds}`;

  // Most requests (the admin, its API) are not the front door's: one test of the path's start sends them on.
  const starts = new Set(routes.map((route) => prefixOf(route.label)));
  const match = (path: string) => {
    for (const route of routes) {
      const found = route.pattern.exec(path);
      if (found) return { route, params: found.slice(1) };
    }
    return undefined;
  };

  return (req, res) => {
    const url = req.url!;
    const question = url.indexOf('?');
    const path = question < 0 ? url : url.slice(0, question);
    if (!starts.has(prefixOf(path))) return false;
    let found = match(path);
    // Tastypie's and DRF's paths end in a slash; the form without one is sent there.
    const redirect = !found && !path.endsWith('/') && match(`${path}/`) ? `${path}/${question < 0 ? '' : url.slice(question)}` : undefined;
    if (redirect) found = match(`${path}/`);
    if (!found) return false;
    const { route, params } = found;

    const requestId = requestIdOf(req);
    logWhenDone(req, res, requestId, () => route.label);
    const closing = lifecycle.phase === 'stopping';
    // Every header in one writeHead with a flat list: Node then writes them as given, without
    // validating each one through setHeader (they are ours: constants and checked values).
    const send = (status: number, body: string | undefined, headers: Record<string, string> = {}) => {
      const raw = ['X-Request-Id', requestId, ...('Cross-Origin-Resource-Policy' in headers ? SECURITY_BUT_CORP : SECURITY)];
      if (closing) raw.push('Connection', 'close');
      for (const name in headers) raw.push(name, headers[name]);
      if (body !== undefined) raw.push('Content-Length', String(Buffer.byteLength(body)));
      res.writeHead(status, raw);
      res.end(req.method === 'HEAD' ? undefined : body);
    };
    const sendJson = (status: number, value: unknown, headers: Record<string, string> = {}) =>
      send(status, value === undefined ? undefined : JSON.stringify(value), {
        ...(value === undefined ? {} : { 'Content-Type': 'application/json; charset=utf-8' }),
        ...headers,
      });

    void (async () => {
      try {
        if (redirect) {
          const status = req.method === 'GET' || req.method === 'HEAD' ? 301 : 308;
          return send(status, undefined, { Location: redirect });
        }
        const method = req.method === 'HEAD' ? 'GET' : req.method!;
        const handler = route.methods[method as keyof PublicRoute['methods']];
        if (!handler) {
          throw new HttpError(405, `${route.label} does not support ${req.method}.`, undefined, {
            allow: Object.keys(route.methods).join(', '),
          });
        }
        const query = question < 0 ? {} : parseQuery(url.slice(question + 1));
        const authorization = route.auth === 'anonymous' ? undefined : req.headers.authorization || undefined;
        if (!authorization) await limit(req);
        // A key that fails counts against the address's anonymous budget: made-up keys cannot get round the limit.
        const actor = await publicCaller(actors, route.auth, authorization, query).catch(async (error: unknown) => {
          if (authorization && error instanceof HttpError && error.status === 401) await limit(req);
          throw error;
        });
        const origin = config.publicBaseUrl ?? requestOrigin(req);
        const outcome = await handler({ req, method, params, query, actor, origin, body: () => readJsonBody(req) });
        if (!isCacheable(outcome)) return sendJson(outcome.status, outcome.body, outcome.headers);

        // Anonymous answers are the same for everyone: caches may keep them. Others are the caller's own.
        const scope = actor ? 'k' : 'a';
        const cacheHeaders: Record<string, string> = {
          'Cache-Control': actor ? 'private, no-cache' : publicCache,
          ...(route.auth === 'anonymous' ? {} : { Vary: 'Authorization' }),
          // Public data: any site's scripts may read it (no credentials are involved).
          ...(actor ? {} : PUBLIC_READ_HEADERS),
        };
        const sent = req.headers['if-none-match'];
        if (sent) {
          const tag = await outcome.tag();
          if (tag !== undefined && matchesTag(sent, etagOf(scope, tag)))
            return send(304, undefined, { ETag: etagOf(scope, tag), ...cacheHeaders });
        }
        const answer: Answer = await outcome.answer();
        send(200, answer.body, {
          'Content-Type': answer.contentType,
          ETag: etagOf(scope, answer.tag),
          ...cacheHeaders,
          ...(actor ? {} : { 'Surrogate-Key': surrogateKeys(answer.keys) }),
        });
      } catch (error) {
        const reply = errorReply(error, req.method!, path, requestId);
        const { allow, ...body } = reply.body;
        const headers: Record<string, string> = {};
        if (typeof allow === 'string') headers.Allow = allow;
        if (reply.retryAfter !== undefined) headers['Retry-After'] = String(reply.retryAfter);
        sendJson(reply.status, route.errorBody({ ...reply, body }), headers);
      }
    })();
    return true;
  };
}

// A host name, IPv4 or [IPv6] address, and a port: what a Host header may hold to become part of URLs.
const HOST = /^(?:[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*|\[[0-9A-Fa-f:.]+\])(?::\d{1,5})?$/;

/** The request's own origin (without PUBLIC_BASE_URL): a Host header that is no host is a 400, never part of a URL. */
function requestOrigin(req: IncomingMessage): string {
  const host = req.headers.host ?? 'localhost';
  if (!HOST.test(host)) throw new HttpError(400, 'The Host header does not name a valid host.');
  return `${req.headers['x-forwarded-proto'] === 'https' ? 'https' : 'http'}://${host}`;
}

/** A path's first segment, or its first two under /api/ (/api/v1/, /jobs/). */
function prefixOf(path: string): string {
  const parts = path.split('/', path.startsWith('/api/') ? 3 : 2);
  return `${parts.join('/')}/`;
}

const SECURITY = [...SECURITY_HEADERS].flat();
const SECURITY_BUT_CORP = [...SECURITY_HEADERS].filter(([name]) => name.toLowerCase() !== 'cross-origin-resource-policy').flat();

const PUBLIC_READ_HEADERS = {
  'Access-Control-Allow-Origin': '*',
  'Access-Control-Expose-Headers': 'ETag',
  'Cross-Origin-Resource-Policy': 'cross-origin',
};

/** A strong tag: the rows' tag, and whose view it is (anonymous or a key holder's), which can differ. */
const etagOf = (scope: string, tag: string) => `"${scope}${tag}"`;

/** If-None-Match: "*" or a list of tags (weak ones compare equal, as RFC 9110 says for this header). */
function matchesTag(header: string, etag: string): boolean {
  if (header.trim() === '*') return true;
  return header.split(',').some((candidate) => candidate.trim().replace(/^W\//, '') === etag);
}

// Fastly reads at most 16 KB of Surrogate-Key: past that, the collection's name alone (it purges everything).
const MAX_SURROGATE_KEY = 16_000;
function surrogateKeys(keys: string[]): string {
  const all = keys.join(' ');
  return all.length <= MAX_SURROGATE_KEY ? all : keys[0];
}
