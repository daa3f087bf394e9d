import type { IncomingMessage, ServerResponse } from 'node:http';
import type { RequestHandler } from 'express';
import { logger } from '../logger.js';
import { recordRequest } from '../metrics/registry.js';
import { routeLabel, watchRouteLabel } from './routeLabel.js';

// nginx's code for a client that went away before its response was complete.
const ABORTED = 499;

/**
 * One log line and one metrics sample per request, when it finishes or is aborted. Only the
 * method, the path without its query string (where a careless client puts secrets), the route
 * label, status and duration: never headers, cookies or bodies.
 */
export function logWhenDone(req: IncomingMessage, res: ServerResponse, requestId: string | undefined, route: () => string): void {
  const started = performance.now();
  // A response emits 'close' once, after 'finish' or, cut short, without it.
  res.once('close', () => {
    const seconds = (performance.now() - started) / 1e3;
    const aborted = !res.writableFinished;
    const status = aborted ? ABORTED : res.statusCode;
    const label = route();
    recordRequest(req.method!, label, String(status), seconds);
    // 503/504 say the database is away or slow (logged when they happen); only a 500 is a bug.
    const level = status === 500 ? 'error' : aborted || status > 500 ? 'warn' : 'info';
    if (!logger.isLevelEnabled(level)) return;
    const line = {
      req_id: requestId,
      method: req.method,
      path: (req as { originalUrl?: string }).originalUrl?.split('?', 1)[0] ?? req.url!.split('?', 1)[0],
      route: label,
      status,
      ms: Math.round(seconds * 1e4) / 10,
      ...(aborted ? { aborted } : {}),
    };
    logger[level](line, aborted ? 'request aborted' : 'request');
  });
}

/** logWhenDone for every request through Express, under the route that matched. */
export const accessLog: RequestHandler = (req, res, next) => {
  watchRouteLabel(req, res);
  logWhenDone(req, res, res.locals.requestId as string | undefined, () => routeLabel(req, res));
  next();
};
