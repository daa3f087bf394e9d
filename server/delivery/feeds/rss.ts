import { Feed, type Item } from 'feed';
import type { Sql } from '../../db/sql.js';
import { ROWS_TAG } from '../publicSql.js';
import type { Answer, Cacheable } from '../route.js';
import type { Site } from './feedRoute.js';

/** A row of a feed: what every feed reads, and the columns its items are made of. */
export interface FeedRow {
  id: number;
  /** ISO 8601, as PostgreSQL writes it in JSON. */
  updated: string;
  [column: string]: unknown;
}

/**
 * An RSS 2.0 feed of the newest rows of one table that the public may see. Every SQL fragment is a
 * constant of the feed's module, never text from a request.
 */
export interface NewestFeed {
  table: string;
  /** The columns items need, besides id and updated. */
  columns: readonly string[];
  /** The rows the public may see. */
  visible: string;
  /** Newest first, ending on the id so that ties come in one order. */
  order: string;
  limit: number;
  /** Surrogate-Key names: the collection, and `<record>-<id>` per item. */
  keys: { collection: string; record: string };
  channel: { title: string; description: string; path: string; selfPath: string };
  item(row: FeedRow, site: Site): Item;
}

const RSS_TYPE = 'application/rss+xml; charset=utf-8';

const newest = (feed: NewestFeed, columns: string) =>
  `SELECT ${columns} FROM ${feed.table} WHERE ${feed.visible} ORDER BY ${feed.order} LIMIT ${feed.limit}`;

/** The tag alone: ids and versions of the newest rows, through the same index as the answer, no text read. */
const feedTagStatement = (feed: NewestFeed) => `SELECT ${ROWS_TAG} AS tag FROM (${newest(feed, 'id, row_version')}) t`;

/** Tag and rows from one statement, so both come from the same snapshot. */
const feedStatement = (feed: NewestFeed) =>
  `WITH t AS (${newest(feed, ['id', 'row_version', 'updated', ...feed.columns].join(', '))})
    SELECT (SELECT ${ROWS_TAG} FROM t) AS tag,
      (SELECT coalesce(json_agg(t ORDER BY ${feed.order}), '[]') FROM t) AS rows`;

/** The RSS document. lastBuildDate is the newest change among the items, not the time of the request: one tag, one body. */
function rssOf(feed: NewestFeed, rows: FeedRow[], site: Site): string {
  const updated = rows.reduce((latest, row) => Math.max(latest, Date.parse(row.updated)), 0);
  const rss = new Feed({
    title: feed.channel.title,
    description: feed.channel.description,
    link: `${site.origin}${feed.channel.path}`,
    feedLinks: { rss: `${site.origin}${feed.channel.selfPath}` },
    language: 'en',
    updated: new Date(updated),
  });
  for (const row of rows) rss.addItem(feed.item(row, site));
  return rss.rss2();
}

export function newestFeed(sql: Sql, feed: NewestFeed, site: Site): Cacheable {
  return {
    async tag() {
      return (await sql.query<{ tag: string }>(feedTagStatement(feed)))[0].tag;
    },
    async answer(): Promise<Answer> {
      const [{ tag, rows }] = await sql.query<{ tag: string; rows: FeedRow[] }>(feedStatement(feed));
      const { collection, record } = feed.keys;
      return {
        tag,
        body: rssOf(feed, rows, site),
        contentType: RSS_TYPE,
        keys: [collection, ...rows.map((row) => `${record}-${row.id}`)],
      };
    },
  };
}
