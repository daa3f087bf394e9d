import { timingSafeEqual } from 'node:crypto';
import type { Request, RequestHandler } from 'express';
import { HttpError } from '../http/errors.js';
import type { Actors } from './loadActor.js';
import type { Actor } from './permissions.js';
import { hashToken, looksLikeToken } from './tokens.js';

const UNSAFE = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

const sameSecret = (a: string, b: string) => a.length === b.length && timingSafeEqual(Buffer.from(a), Buffer.from(b));

/**
 * A browser's Origin (or Referer) must be this server itself: a write from another site is forged.
 * One that is not a URL at all is foreign too (403), never an error of ours.
 */
function foreignOrigin(req: Request): boolean {
  // An empty Origin says nothing: the Referer decides then.
  const origin = req.get('origin') || req.get('referer');
  if (!origin || origin === 'null') return origin === 'null';
  try {
    return new URL(origin).host !== req.get('host');
  } catch {
    return true;
  }
}

/** Tokens are refused in query strings, where logs and browser histories keep them. */
export function refuseTokenInUrl(query: object): void {
  if (['token', 'access_token', 'api_key'].some((name) => name in query)) {
    throw new HttpError(400, 'Send API tokens in the Authorization header (Bearer), never in the URL.');
  }
}

/** The actor of an Authorization header, which must be a live API token: 401 otherwise. */
export async function bearerActor(actors: Actors, authorization: string): Promise<Actor> {
  const [scheme, secret] = authorization.split(' ');
  if (scheme?.toLowerCase() !== 'bearer' || !secret) throw new HttpError(401, 'Use "Authorization: Bearer <token>".');
  const actor = looksLikeToken(secret) ? await actors.forToken(hashToken(secret)) : undefined;
  if (!actor) throw new HttpError(401, 'This API token is not valid: it may have been revoked or have expired.');
  return actor;
}

/**
 * Sets res.locals.actor from a bearer token or the session. Cookie-authenticated writes need
 * the session's CSRF token in X-CSRF-Token and a same-site Origin; tokens need neither, as a
 * browser never sends them by itself.
 */
export function authenticate(actors: Actors): RequestHandler {
  return async (req, res, next) => {
    refuseTokenInUrl(req.query as object);
    const authorization = req.get('authorization');
    let actor: Actor | undefined;
    if (authorization) {
      actor = await bearerActor(actors, authorization);
    } else if (req.session?.userId) {
      actor = await actors.forUser(req.session.userId);
      if (!actor) {
        await new Promise<void>((resolve) => req.session.destroy(() => resolve()));
      } else if (UNSAFE.has(req.method) && req.path !== '/auth/login') {
        // Signing in again is how a page gets a token, so it needs none; it gets a new session anyway.
        const sent = req.get('x-csrf-token');
        if (!sent || !req.session.csrfToken || !sameSecret(sent, req.session.csrfToken)) {
          throw new HttpError(403, 'Missing or wrong X-CSRF-Token header: reload the page and try again.');
        }
        if (foreignOrigin(req)) throw new HttpError(403, 'Writes from another site are refused.');
      }
    }
    res.locals.actor = actor;
    next();
  };
}

/** 401 unless someone is signed in. */
export const requireActor: RequestHandler = (_req, res, next) => {
  if (!res.locals.actor) throw new HttpError(401, 'Please sign in.');
  next();
};
