import type { ErrorReply } from '../../http/errorHandler.js';
import { HttpError } from '../../http/errors.js';
import type { Call, Handler, PublicRoute } from '../route.js';

/** Where absolute links point: the origin, and its host (what iCalendar UIDs are made unique with). */
export interface Site {
  origin: string;
  host: string;
}

/**
 * The site of a call. Without PUBLIC_BASE_URL the origin comes from the Host header, which the
 * client chooses: one that is no host is a 400 here, rather than a 500 from the URL parser in
 * the feed library.
 */
export function siteOf(call: Call): Site {
  let url: URL;
  try {
    url = new URL(call.origin);
  } catch {
    throw new HttpError(400, 'The Host header does not name a valid host.');
  }
  if (url.origin === 'null' || `${url.origin}/` !== url.href) throw new HttpError(400, 'The Host header does not name a valid host.');
  return { origin: url.origin, host: url.host };
}

/** Feeds answer errors as Django's feed views would behind DRF: {"detail": "..."}. */
const feedErrorBody = (reply: ErrorReply): unknown => ({ detail: reply.body.message });

/** A feed: anonymous (a key changes nothing, so caches may keep every answer), GET and HEAD only. */
export function feedRoute(label: string, pattern: RegExp, get: Handler): PublicRoute {
  return { label, pattern, auth: 'anonymous', methods: { GET: get }, errorBody: feedErrorBody };
}
