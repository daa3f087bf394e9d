import { OutboundError, outboundRequest, type OutboundPolicy } from '../outbound/request.js';

/** A feed that cannot be imported (not fetched, too large, not the format): the import changes nothing and says why. */
export class FeedError extends Error {}

export interface FeedLimits {
  timeoutMs: number;
  maxBytes: number;
}

export type Fetched = { status: 'not-modified' } | { status: 'ok'; text: string; etag: string | null; lastModified: string | null };

/**
 * GETs a feed (a calendar's iCalendar, a blog's RSS or Atom) under the outbound rule, conditionally:
 * the ETag and Last-Modified of the last import make an unchanged feed a cheap 304. Anything but an
 * answer to import is a FeedError saying why (the import then changes nothing).
 */
export async function fetchFeed(
  url: string,
  previous: { etag: string | null; lastModified: string | null },
  policy: OutboundPolicy,
  limits: FeedLimits,
  accept: string,
): Promise<Fetched> {
  const headers: Record<string, string> = { Accept: accept };
  if (previous.etag) headers['If-None-Match'] = previous.etag;
  if (previous.lastModified) headers['If-Modified-Since'] = previous.lastModified;
  try {
    const res = await outboundRequest(
      { method: 'GET', url, headers, timeoutMs: limits.timeoutMs, maxResponseBytes: limits.maxBytes + 1 },
      policy,
    );
    if (res.status === 304) return { status: 'not-modified' };
    if (res.status < 200 || res.status >= 300) throw new FeedError(`The feed answered ${res.status}.`);
    if (res.truncated || res.body.length > limits.maxBytes) {
      throw new FeedError(`The feed is larger than ${Math.round(limits.maxBytes / 1_048_576)} MB (CALENDAR_IMPORT_MAX_MB): not imported.`);
    }
    const header = (name: string) => {
      const value = res.headers[name];
      return typeof value === 'string' ? value.slice(0, 500) : null;
    };
    return { status: 'ok', text: res.body.toString('utf8'), etag: header('etag'), lastModified: header('last-modified') };
  } catch (error) {
    if (error instanceof OutboundError) throw new FeedError(error.message);
    throw error;
  }
}
