import type { IncomingMessage, ServerResponse } from 'node:http';
import { parse as parseQuery } from 'node:querystring';
import { bearerActor, refuseTokenInUrl } from '../auth/authenticate.js';
import type { Actors } from '../auth/loadActor.js';
import { sqlOf } from '../db/sql.js';
import { logWhenDone } from '../http/accessLog.js';
import { errorReply } from '../http/errorHandler.js';
import { parseRecordId } from '../http/recordId.js';
import { requestIdOf } from '../http/requestContext.js';
import { SECURITY_HEADERS } from '../http/security.js';
import type { Lifecycle } from '../lifecycle/phase.js';
import { readList, readOne } from './reads.js';
import type { Registry } from './registry.js';

// /api/{resource} or /api/{resource}/{id}, written plainly: anything Express would decode or
// normalise first (escapes, other cases, a trailing slash) is left to it.
const READ_PATH = /^\/api\/([a-z0-9-]+)(?:\/([1-9][0-9]{0,15}))?(?:\?|$)/;

/** Takes the request and answers it, or returns false and leaves it alone. */
export type LeanHandler = (req: IncomingMessage, res: ServerResponse) => boolean;

function send(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  res.statusCode = status;
  res.setHeader('Content-Type', 'application/json; charset=utf-8');
  for (const name in headers) res.setHeader(name, headers[name]);
  res.end(JSON.stringify(body));
}

/**
 * The hot reads, GET /api/{resource}[/{id}] with an API token and no cookie (release scripts, bots,
 * the public site's builds), answered before Express sees them. They go through the same functions
 * as the routers — the request id, access log and metrics, security headers, the token check of
 * authenticate(), resourceRouter's readList/readOne, the one error reply — but skip what such a
 * request never uses: sessions, CSRF, body parsing, a dozen routers tried in turn, Express's
 * request and response wrappers. tests/lean-reads.test.ts holds the two paths to the same answers.
 */
export function leanReads(registry: Registry, actors: Actors, lifecycle: Lifecycle): LeanHandler {
  const sql = sqlOf(registry.db);
  return (req, res) => {
    // An empty Authorization header counts as none (authenticate() reads it so): Express answers it.
    if (req.method !== 'GET' || req.headers.cookie !== undefined || !req.headers.authorization) return false;
    const url = req.url!;
    const match = READ_PATH.exec(url);
    const model = match && registry.byName.get(match[1])?.model;
    if (!model || !model.operations.has(match[2] ? 'get' : 'list')) return false;

    const requestId = requestIdOf(req);
    const route = match[2] ? `/api/${model.name}/:id` : `/api/${model.name}`;
    res.setHeader('X-Request-Id', requestId);
    logWhenDone(req, res, requestId, () => route);
    res.setHeaders(SECURITY_HEADERS);
    if (lifecycle.phase === 'stopping') res.setHeader('Connection', 'close');
    const authorization = req.headers.authorization;
    void (async () => {
      try {
        const question = url.indexOf('?');
        const query = question < 0 ? {} : parseQuery(url.slice(question + 1));
        refuseTokenInUrl(query);
        const actor = await bearerActor(actors, authorization);
        if (match[2]) return send(res, 200, await readOne(sql, model, actor, parseRecordId(match[2])));
        const { body, contentRange } = await readList(sql, model, actor, query);
        send(res, 200, body, { 'Content-Range': contentRange, 'Access-Control-Expose-Headers': 'Content-Range' });
      } catch (error) {
        const reply = errorReply(error, 'GET', url.split('?', 1)[0], requestId);
        send(res, reply.status, reply.body, reply.retryAfter === undefined ? {} : { 'Retry-After': String(reply.retryAfter) });
      }
    })();
    return true;
  };
}
