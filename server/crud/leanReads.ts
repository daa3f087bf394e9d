import type { RequestHandler, Response } from 'express';
import { bearerActor, refuseTokenInUrl } from '../auth/authenticate.js';
import type { Actors } from '../auth/loadActor.js';
import { sqlOf } from '../db/sql.js';
import { parseRecordId } from '../http/recordId.js';
import { readList, readOne } from './reads.js';
import type { Registry } from './registry.js';

// /api/{resource} or /api/{resource}/{id}, written plainly: anything Express would decode or
// normalise first (escapes, other cases, a trailing slash) is left to it.
const READ_PATH = /^\/api\/([a-z0-9-]+)(?:\/([1-9][0-9]{0,15}))?(?:\?|$)/;

function send(res: Response, body: unknown, contentRange?: string): void {
  res.statusCode = 200;
  res.setHeader('Content-Type', 'application/json; charset=utf-8');
  if (contentRange) {
    res.setHeader('Content-Range', contentRange);
    res.setHeader('Access-Control-Expose-Headers', 'Content-Range');
  }
  res.end(JSON.stringify(body));
}

/**
 * The hot reads, GET /api/{resource}[/{id}] with an API token and no cookie (release scripts,
 * bots, the public site's builds), answered here, ahead of the routers: the same functions as
 * resourceRouter's GET routes (readList, readOne) and the same token check as authenticate(), but
 * without what such a request never uses — sessions, CSRF, the other routers tried in turn,
 * Express's response helpers. Errors go to the one error handler. Everything else passes on.
 */
export function leanReads(registry: Registry, actors: Actors): RequestHandler {
  const sql = sqlOf(registry.db);
  const models = new Map(registry.resources.map(({ model }) => [model.name, model]));
  return async (req, res, next) => {
    if (req.method !== 'GET' || req.headers.cookie !== undefined || req.headers.authorization === undefined) return next();
    const match = READ_PATH.exec(req.url);
    const model = match && models.get(match[1]);
    if (!model || !model.operations.has(match[2] ? 'get' : 'list')) return next();
    res.locals.routeLabel = match[2] ? `/api/${model.name}/:id` : `/api/${model.name}`;
    refuseTokenInUrl(req.query as object);
    const actor = await bearerActor(actors, req.headers.authorization);
    res.locals.actor = actor;
    if (match[2]) return send(res, await readOne(sql, model, actor, parseRecordId(match[2])));
    const { body, contentRange } = await readList(sql, model, actor, req.query as Record<string, unknown>);
    send(res, body, contentRange);
  };
}
