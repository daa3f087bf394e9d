import type { Request, Response } from 'express';

const API_PATH = /^\/api(\/|\?|$)/i;

interface MatchedRoute {
  path: string;
}

/** Mount paths are matched case-insensitively and /:resource decodes its segment; the label must not vary with either. */
function canonicalBase(baseUrl: string): string {
  try {
    return decodeURIComponent(baseUrl).toLowerCase();
  } catch {
    return baseUrl.toLowerCase();
  }
}

function labelOf(baseUrl: string, path: string): string {
  return canonicalBase(baseUrl) + (path === '/' ? '' : path) || '/';
}

/**
 * Records `res.locals.routeLabel` — the mount path plus the route pattern, e.g. /api/jobs/:id —
 * as each route matches. By the time a response finishes, Express has already restored
 * req.baseUrl for any error that left its router (every 4xx thrown by a handler), so the label
 * cannot be computed then; the router assigns req.route while baseUrl is still the router's own.
 * Resource routers sit under /:resource, whose base is one of the declared resource names.
 */
export function watchRouteLabel(req: Request, res: Response): void {
  let route: MatchedRoute | undefined;
  Object.defineProperty(req, 'route', {
    configurable: true,
    enumerable: true,
    get: () => route,
    set: (value: MatchedRoute | undefined) => {
      route = value;
      if (value) res.locals.routeLabel = labelOf(req.baseUrl, value.path);
    },
  });
}

/** A bounded label for metrics: the matched API route; else `static` for what was served without one, `unmatched` for the rest. */
export function routeLabel(req: Request, res: Response): string {
  const matched = res.locals.routeLabel as string | undefined;
  // The SPA's catch-all is a route too, but every deep link it serves is the same page.
  if (matched && API_PATH.test(req.originalUrl)) return matched;
  return res.statusCode < 400 ? 'static' : 'unmatched';
}
