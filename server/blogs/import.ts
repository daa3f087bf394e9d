import Parser from 'rss-parser';
import sanitizeHtml from 'sanitize-html';
import type { Registry } from '../crud/registry.js';
import type { WriteTx } from '../crud/types.js';
import { writeRecord } from '../crud/write/pipeline.js';
import { sqlOf } from '../db/sql.js';
import { HttpError } from '../http/errors.js';
import { emptyFeedReport, type FeedImportReport } from '../domain/feedImportReport.js';
import { FeedError } from '../imports/fetchFeed.js';
import { runFeedImport, type FeedImportSettings } from '../imports/runFeedImport.js';

/*
 * The blog import: a feed's RSS or Atom (rss-parser) fetched under the same rule and limits as the
 * calendar import, its items upserted on (feed, URL) through the write pipeline. Entries the feed
 * dropped stay (a blog's feed holds only its newest posts).
 */

export type BlogImportSettings = FeedImportSettings;

interface Item {
  title: string;
  summary: string;
  url: string;
  pub_date: string;
}

/** A feed's items as entries: a link and a date each (items without are reported), a sanitised summary. */
async function itemsOf(xml: string, result: FeedImportReport): Promise<Item[]> {
  let feed: Awaited<ReturnType<Parser['parseString']>>;
  try {
    feed = await new Parser().parseString(xml);
  } catch (error) {
    throw new FeedError(`The feed is not RSS or Atom: ${(error as Error).message}`);
  }
  const items: Item[] = [];
  for (const item of feed.items) {
    const title = (item.title ?? '').trim().slice(0, 500) || '(untitled)';
    const url = (item.link ?? '').trim();
    const date = item.isoDate ?? item.pubDate;
    if (!/^https?:\/\//.test(url) || url.length > 1000) {
      result.errors.push({ title, message: 'No http(s) link: it cannot be matched again.' });
      continue;
    }
    if (!date || Number.isNaN(Date.parse(date))) {
      result.errors.push({ title, message: 'No publication date.' });
      continue;
    }
    const summary = sanitizeHtml(item.contentSnippet ?? item.summary ?? item.content ?? '', {
      allowedTags: [],
      allowedAttributes: {},
    }).trim();
    items.push({ title, summary: summary.slice(0, 2000), url, pub_date: new Date(date).toISOString() });
  }
  result.skipped = result.errors.length;
  return items;
}

async function upsert(tx: WriteTx, registry: Registry, feedId: number, items: Item[], result: FeedImportReport): Promise<void> {
  const model = registry.byName.get('blog-entries')!.model;
  for (const item of items) {
    const [current] = await tx.sql.query<{ id: number; title: string; summary: string; pub_date: Date }>(
      `SELECT id, title, summary, pub_date FROM blog_entries WHERE feed_id = $1 AND url = $2 FOR UPDATE`,
      [feedId, item.url],
    );
    try {
      await tx.savepoint(async () => {
        if (!current) {
          await writeRecord(tx, model, { operation: 'create', actor: null, input: { feed_id: feedId, ...item } });
          result.created++;
        } else if (
          current.title !== item.title ||
          current.summary !== item.summary ||
          new Date(current.pub_date).toISOString() !== item.pub_date
        ) {
          // Entries have no update route for people: the feed is their only editor, through the pipeline all the same.
          await writeRecord(tx, model, {
            operation: 'update',
            actor: null,
            id: current.id,
            input: { title: item.title, summary: item.summary, pub_date: item.pub_date },
          });
          result.updated++;
        } else result.unchanged++;
      });
    } catch (error) {
      if (!(error instanceof HttpError)) throw error;
      result.skipped++;
      result.errors.push({ title: item.title, message: error.message });
    }
  }
}

/** Imports one blog feed (imports/runFeedImport.ts); the report is kept on it. */
export async function importBlogFeed(registry: Registry, feedId: number, settings: BlogImportSettings): Promise<FeedImportReport> {
  const [feed] = await sqlOf(registry.db).query<{
    name: string;
    feed_url: string;
    import_etag: string | null;
    import_last_modified: string | null;
  }>(`SELECT name, feed_url, import_etag, import_last_modified FROM blog_feeds WHERE id = $1`, [feedId]);
  if (!feed) throw new Error(`no blog feed ${feedId}`);
  const source = {
    table: 'blog_feeds' as const,
    id: feedId,
    name: feed.name,
    url: feed.feed_url,
    etag: feed.import_etag,
    lastModified: feed.import_last_modified,
    accept: 'application/rss+xml, application/atom+xml, application/xml;q=0.9, */*;q=0.5',
  };
  return runFeedImport(registry, source, settings, emptyFeedReport, async (text) => {
    const result = emptyFeedReport('imported');
    const items = await itemsOf(text, result);
    await registry.write((tx) => upsert(tx, registry, feedId, items, result));
    return result;
  });
}

/** Imports every active blog feed (the blog-import task). */
export async function importBlogFeeds(registry: Registry, settings: BlogImportSettings): Promise<Record<string, FeedImportReport>> {
  const feeds = await sqlOf(registry.db).query<{ id: number; name: string }>(`SELECT id, name FROM blog_feeds WHERE active ORDER BY id`);
  const reports: Record<string, FeedImportReport> = {};
  for (const { id, name } of feeds) reports[name] = await importBlogFeed(registry, id, settings);
  return reports;
}
