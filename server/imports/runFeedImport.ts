import type { Registry } from '../crud/registry.js';
import { sqlOf } from '../db/sql.js';
import type { FeedImportReport } from '../domain/feedImportReport.js';
import { logger } from '../logger.js';
import type { OutboundPolicy } from '../outbound/request.js';
import { FeedError, fetchFeed, type FeedLimits } from './fetchFeed.js';

export interface FeedImportSettings extends FeedLimits {
  outbound: OutboundPolicy;
}

/** A record fed from a feed: its table (with last_import, import_etag, import_last_modified), and what to fetch. */
export interface FeedSource {
  table: 'calendars' | 'blog_feeds';
  id: number;
  /** For the log line. */
  name: string;
  url: string | null;
  etag: string | null;
  lastModified: string | null;
  /** The Accept header: the formats the importer reads. */
  accept: string;
}

/**
 * One import from a feed, the same for calendars and blogs: fetch (conditional on the last run's
 * validators), hand the text to `apply`, and keep the report (and the new validators) on the record.
 * A feed that cannot be fetched or read (a FeedError, from the fetch or from `apply`) changes nothing:
 * the report is `failed` and says why.
 */
export async function runFeedImport<R extends FeedImportReport>(
  registry: Registry,
  source: FeedSource,
  settings: FeedImportSettings,
  empty: (status: FeedImportReport['status'], message?: string) => R,
  apply: (text: string) => Promise<R>,
): Promise<R> {
  let report: R;
  let validators: { etag: string | null; lastModified: string | null } | undefined;
  try {
    if (!source.url) throw new FeedError('There is no feed URL to import from.');
    const fetched = await fetchFeed(
      source.url,
      { etag: source.etag, lastModified: source.lastModified },
      settings.outbound,
      settings,
      source.accept,
    );
    if (fetched.status === 'not-modified') report = empty('not-modified', 'The feed has not changed since the last import.');
    else {
      report = await apply(fetched.text);
      validators = { etag: fetched.etag, lastModified: fetched.lastModified };
    }
  } catch (error) {
    if (!(error instanceof FeedError)) throw error;
    report = empty('failed', error.message);
  }
  await sqlOf(registry.db).query(
    `UPDATE ${source.table} SET last_import = $2,
            import_etag = CASE WHEN $3 THEN $4 ELSE import_etag END,
            import_last_modified = CASE WHEN $3 THEN $5 ELSE import_last_modified END
      WHERE id = $1`,
    [source.id, JSON.stringify(report), validators !== undefined, validators?.etag ?? null, validators?.lastModified ?? null],
  );
  const { errors, ...counts } = report as FeedImportReport;
  logger.info({ table: source.table, name: source.name, ...counts, errors: errors.length }, `feed import: ${report.status}`);
  return report;
}
