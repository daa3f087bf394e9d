import type { ParsedUrlQuery } from 'node:querystring';
import { refuseTokenInUrl } from '../auth/authenticate.js';
import type { Actors } from '../auth/loadActor.js';
import type { Actor } from '../auth/permissions.js';
import { hashToken, looksLikeToken } from '../auth/tokens.js';
import { HttpError } from '../http/errors.js';

/** How a public route's callers prove who they are: python.org's scheme for that API version, or nobody. */
export type PublicAuth = 'api-key' | 'token' | 'anonymous';

const INVALID = 'This API key is not valid: it may have been revoked or have expired.';
const USAGE: Record<Exclude<PublicAuth, 'anonymous'>, string> = {
  'api-key': 'Use "Authorization: ApiKey <username>:<key>" (or "Bearer <key>").',
  token: 'Use "Authorization: Token <key>" (or "Bearer <key>").',
};

/**
 * Who calls a public route: null for anonymous callers. The keys are the admin's API tokens; API v1
 * sends them as Tastypie's "ApiKey <username>:<key>", where the user name must be the token's owner,
 * API v2 as Django REST framework's "Token <key>"; both also take "Bearer <key>". Never a cookie: a
 * public read does not touch the session store. Keys in the query string are refused, as everywhere.
 */
export async function publicCaller(
  actors: Actors,
  auth: PublicAuth,
  authorization: string | undefined,
  query: ParsedUrlQuery,
): Promise<Actor | null> {
  refuseTokenInUrl(query);
  if ('username' in query && auth === 'api-key') {
    throw new HttpError(400, 'Send API keys in the Authorization header (ApiKey <username>:<key>), never in the URL.');
  }
  if (!authorization || auth === 'anonymous') return null;
  const space = authorization.indexOf(' ');
  const scheme = authorization.slice(0, space).toLowerCase();
  const credentials = authorization.slice(space + 1).trim();
  let username: string | undefined;
  let key: string;
  if (space > 0 && scheme === 'bearer') key = credentials;
  else if (space > 0 && scheme === 'apikey' && auth === 'api-key') {
    const colon = credentials.lastIndexOf(':');
    if (colon <= 0) throw new HttpError(401, USAGE[auth]);
    username = credentials.slice(0, colon);
    key = credentials.slice(colon + 1);
  } else if (space > 0 && scheme === 'token' && auth === 'token') key = credentials;
  else throw new HttpError(401, USAGE[auth]);
  const actor = looksLikeToken(key) ? await actors.forToken(hashToken(key)) : undefined;
  // A key under another user's name is refused like a wrong key: it says nothing about whose it is.
  if (!actor || (username !== undefined && username !== actor.username)) throw new HttpError(401, INVALID);
  return actor;
}
