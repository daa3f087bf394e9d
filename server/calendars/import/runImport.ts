import type { CalendarImportConfig } from '../../config.js';
import type { Registry } from '../../crud/registry.js';
import { sqlOf } from '../../db/sql.js';
import type { CalendarImportReport } from '../../domain/feedImportReport.js';
import { runFeedImport, type FeedImportSettings } from '../../imports/runFeedImport.js';
import { parseFeed } from './parseFeed.js';
import { emptyReport, reconcile } from './reconcile.js';

export type ImportSettings = CalendarImportConfig & FeedImportSettings;

/**
 * Imports one calendar's feed (imports/runFeedImport.ts): parsed, then reconciled in one transaction.
 * A feed that cannot be fetched or read changes no event: the report says why.
 */
export async function importCalendar(registry: Registry, calendarId: number, settings: ImportSettings): Promise<CalendarImportReport> {
  const [calendar] = await sqlOf(registry.db).query<{
    slug: string;
    url: string | null;
    import_etag: string | null;
    import_last_modified: string | null;
  }>(`SELECT slug, url, import_etag, import_last_modified FROM calendars WHERE id = $1`, [calendarId]);
  if (!calendar) throw new Error(`no calendar ${calendarId}`);
  const source = {
    table: 'calendars' as const,
    id: calendarId,
    name: calendar.slug,
    url: calendar.url,
    etag: calendar.import_etag,
    lastModified: calendar.import_last_modified,
    accept: 'text/calendar, */*;q=0.5',
  };
  return runFeedImport(registry, source, settings, emptyReport, (text) => {
    const feed = parseFeed(text, new Date(Date.now() + settings.horizonDays * 86_400_000));
    return registry.write((tx) => reconcile(tx, registry, calendarId, feed));
  });
}

/** Imports every calendar with a feed URL (the scheduled task, and npm run events:import); `slug` narrows it to one. */
export async function importCalendars(
  registry: Registry,
  settings: ImportSettings,
  slug?: string,
): Promise<Record<string, CalendarImportReport>> {
  const calendars = await sqlOf(registry.db).query<{ id: number; slug: string }>(
    `SELECT id, slug FROM calendars WHERE coalesce(url, '') <> '' AND ($1::text IS NULL OR slug = $1) ORDER BY id`,
    [slug ?? null],
  );
  const reports: Record<string, CalendarImportReport> = {};
  for (const { id, slug: name } of calendars) reports[name] = await importCalendar(registry, id, settings);
  return reports;
}
