import { createHash, timingSafeEqual } from 'node:crypto';
import { Router, type RequestHandler, type Response } from 'express';
import type { Actor } from '../auth/permissions.js';
import { HttpError } from '../http/errors.js';
import { registry } from '../metrics/registry.js';

async function sendMetrics(res: Response): Promise<void> {
  res.setHeader('Content-Type', registry.contentType);
  res.setHeader('Cache-Control', 'no-store');
  res.send(await registry.metrics());
}

// Digests have one length whatever was sent, so the comparison leaks neither content nor length.
const digest = (text: string) => createHash('sha256').update(text).digest();

/**
 * GET /api/metrics for a scraper holding METRICS_TOKEN. Mounted before the session and
 * authenticate(), which would refuse this bearer as an unknown API token; any other request,
 * a wrong token included, falls through to the signed-in route below and its usual 401.
 */
export function metricsTokenGate(token: string | undefined): RequestHandler {
  const expected = token ? digest(token) : undefined;
  return async (req, res, next) => {
    const [scheme, sent] = req.get('authorization')?.split(' ') ?? [];
    if (!expected || scheme?.toLowerCase() !== 'bearer' || !sent || !timingSafeEqual(digest(sent), expected)) return next();
    await sendMetrics(res);
  };
}

/** GET /api/metrics for a signed-in superuser (a session or a superuser's API token). */
export function metricsRouter(): Router {
  const router = Router();
  router.get('/metrics', async (_req, res) => {
    const actor = res.locals.actor as Actor | undefined;
    if (!actor) throw new HttpError(401, 'Please sign in, or send the metrics token.');
    if (!actor.isSuperuser) throw new HttpError(403, 'Only superusers may read the metrics.');
    await sendMetrics(res);
  });
  return router;
}
