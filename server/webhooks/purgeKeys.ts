import type { CommitEvent, Row } from '../crud/types.js';
import type { Sql } from '../db/sql.js';

/*
 * The Surrogate-Keys a change makes stale: those the public API and feeds send with what they built
 * from the record (server/delivery/: the collection, `<record>-<id>`, a release's files under the
 * release, a calendar's events and venues). A CDN purge target purges exactly these.
 */

const num = (row: Row | undefined, column: string) => (typeof row?.[column] === 'number' ? (row[column] as number) : undefined);
const both = (event: CommitEvent, column: string) =>
  [...new Set([num(event.before, column), num(event.after, column)])].filter((v): v is number => v !== undefined);

/** Keys known from the change's own rows; `calendars` and `media` name what needs a lookup. */
function keysOf(event: CommitEvent, lookups: { calendars: Set<number>; media: Set<number> }): string[] {
  const { id } = event;
  switch (event.resource) {
    case 'releases':
      return ['releases', `release-${id}`];
    case 'release-files':
      return ['release-files', `release-file-${id}`, ...both(event, 'release_id').map((r) => `release-${r}`)];
    case 'operating-systems':
      return ['operating-systems', `os-${id}`];
    case 'pages':
      return ['pages', `page-${id}`];
    case 'page-images':
    case 'page-documents':
      return both(event, 'page_id').map((p) => `page-${p}`);
    case 'media':
      lookups.media.add(id);
      return [];
    case 'jobs':
      return ['jobs', `job-${id}`];
    case 'minutes':
      return ['minutes', `minutes-${id}`];
    case 'blog-entries':
      return ['blog-entries', `blog-entry-${id}`];
    case 'blog-feeds':
      return ['blog-entries'];
    case 'events':
      for (const c of both(event, 'calendar_id')) lookups.calendars.add(c);
      return [`event-${id}`];
    case 'occurring-rules':
    case 'recurring-rules':
      return both(event, 'event_id').map((e) => `event-${e}`);
    case 'event-locations':
      return [`venue-${id}`];
    case 'calendars':
      return [event.before?.slug, event.after?.slug].filter((s): s is string => typeof s === 'string').map((s) => `calendar-${s}`);
    default:
      return [];
  }
}

/** Every key the transaction's changes make stale, in the transaction (it sees what it wrote). */
export async function purgeKeys(sql: Sql, events: readonly CommitEvent[]): Promise<string[]> {
  const lookups = { calendars: new Set<number>(), media: new Set<number>() };
  const keys = new Set(events.flatMap((event) => keysOf(event, lookups)));
  if (lookups.calendars.size) {
    const rows = await sql.query<{ slug: string }>(`SELECT slug FROM calendars WHERE id = ANY($1)`, [[...lookups.calendars]]);
    for (const { slug } of rows) keys.add(`calendar-${slug}`);
  }
  if (lookups.media.size) {
    // A file's alt text or focal point is part of the pages that show it.
    const rows = await sql.query<{ page_id: number }>(
      `SELECT page_id FROM page_images WHERE media_id = ANY($1) UNION SELECT page_id FROM page_documents WHERE media_id = ANY($1)`,
      [[...lookups.media]],
    );
    for (const { page_id } of rows) keys.add(`page-${page_id}`);
  }
  return [...keys].sort();
}
