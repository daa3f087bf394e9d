import type { CalendarImportConfig } from '../../config.js';
import type { Registry } from '../../crud/registry.js';
import { sqlOf } from '../../db/sql.js';
import { logger } from '../../logger.js';
import type { OutboundPolicy } from '../../outbound/request.js';
import { FeedError, fetchFeed } from '../../outbound/fetchFeed.js';
import { parseFeed } from './parseFeed.js';
import { emptyReport, reconcile, type ImportReport } from './reconcile.js';

export interface ImportSettings extends CalendarImportConfig {
  outbound: OutboundPolicy;
}

interface CalendarRow {
  id: number;
  slug: string;
  url: string | null;
  import_etag: string | null;
  import_last_modified: string | null;
}

/**
 * Imports one calendar's feed: fetch (conditional), parse, reconcile in one transaction, and keep
 * the report (and the feed's validators) on the calendar. A feed that cannot be fetched or read
 * changes no event: the report says why.
 */
export async function importCalendar(registry: Registry, calendarId: number, settings: ImportSettings): Promise<ImportReport> {
  const sql = sqlOf(registry.db);
  const [calendar] = await sql.query<CalendarRow>(`SELECT id, slug, url, import_etag, import_last_modified FROM calendars WHERE id = $1`, [
    calendarId,
  ]);
  if (!calendar) throw new Error(`no calendar ${calendarId}`);
  let report: ImportReport;
  let validators: { etag: string | null; lastModified: string | null } | undefined;
  try {
    if (!calendar.url) throw new FeedError('The calendar has no feed URL.');
    const fetched = await fetchFeed(
      calendar.url,
      { etag: calendar.import_etag, lastModified: calendar.import_last_modified },
      settings.outbound,
      settings,
      'text/calendar, */*;q=0.5',
    );
    if (fetched.status === 'not-modified') report = emptyReport('not-modified', 'The feed has not changed since the last import.');
    else {
      const feed = parseFeed(fetched.text, new Date(Date.now() + settings.horizonDays * 86_400_000));
      report = await registry.write((tx) => reconcile(tx, registry, calendar.id, feed));
      validators = { etag: fetched.etag, lastModified: fetched.lastModified };
    }
  } catch (error) {
    if (!(error instanceof FeedError)) throw error;
    report = emptyReport('failed', error.message);
  }
  await sql.query(
    `UPDATE calendars SET last_import = $2,
            import_etag = CASE WHEN $3 THEN $4 ELSE import_etag END,
            import_last_modified = CASE WHEN $3 THEN $5 ELSE import_last_modified END
      WHERE id = $1`,
    [calendar.id, JSON.stringify(report), validators !== undefined, validators?.etag ?? null, validators?.lastModified ?? null],
  );
  logger.info({ calendar: calendar.slug, ...report, errors: report.errors.length }, `calendar import: ${report.status}`);
  return report;
}

/** Imports every calendar with a feed URL (the scheduled task, and npm run events:import); `slug` narrows it to one. */
export async function importCalendars(registry: Registry, settings: ImportSettings, slug?: string): Promise<Record<string, ImportReport>> {
  const calendars = await sqlOf(registry.db).query<{ id: number; slug: string }>(
    `SELECT id, slug FROM calendars WHERE coalesce(url, '') <> '' AND ($1::text IS NULL OR slug = $1) ORDER BY id`,
    [slug ?? null],
  );
  const reports: Record<string, ImportReport> = {};
  for (const { id, slug: name } of calendars) reports[name] = await importCalendar(registry, id, settings);
  return reports;
}
