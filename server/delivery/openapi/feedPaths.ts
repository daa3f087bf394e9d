import { jsonContent } from '../../crud/openapi.js';
import { CACHE_HEADERS, IF_NONE_MATCH, header, notModified } from './responses.js';
import { V2, string, type Json } from './versions.js';

/** The RSS feeds and iCalendar calendars (delivery/feeds/): anonymous, cached like the API's reads, errors as {"detail": …}. */
export function feedPaths(): Json {
  const error = (description: string) => ({ description, ...jsonContent(V2.errors.other) });
  const feed = (path: string, summary: string, type: string, parameters: Json[] = [], errors: Json = {}) => ({
    [path]: {
      get: {
        tags: ['Feeds'],
        summary,
        security: [{}],
        parameters: [...parameters, IF_NONE_MATCH],
        responses: {
          200: {
            description: summary,
            headers: {
              ETag: CACHE_HEADERS.ETag,
              'Cache-Control': header('public, max-age=…, s-maxage=…: caches and the CDN may keep it'),
              'Surrogate-Key': header('The CDN keys that purge this answer, space-separated'),
            },
            content: { [type]: { schema: string } },
          },
          304: notModified,
          400: error('The Host header names no valid host (links in the feed are made from it)'),
          ...errors,
          429: {
            ...error('Too many requests from this address'),
            headers: { 'Retry-After': header('Seconds to wait before trying again', { type: 'integer', minimum: 1 }) },
          },
        },
      },
    },
  });
  const rss = 'application/rss+xml';
  return {
    ...feed('/jobs/feed/rss/', 'The latest approved jobs, as RSS', rss),
    ...feed('/downloads/feed.rss', 'The latest published releases, as RSS', rss),
    ...feed('/psf/records/board/minutes/feed/', "The PSF board's latest minutes, as RSS", rss),
    ...feed(
      '/events/calendars/{slug}.ics',
      "A calendar's events, as iCalendar",
      'text/calendar',
      [{ name: 'slug', in: 'path', required: true, description: "The calendar's slug", schema: string }],
      { 404: error('No such calendar') },
    ),
  };
}
