import type { Sql } from '../../db/sql.js';
import type { PublicRoute } from '../route.js';
import { calendarFeed } from './calendarFeed.js';
import { feedRoute, siteOf } from './feedRoute.js';
import { jobsFeed } from './jobsFeed.js';
import { minutesFeed } from './minutesFeed.js';
import { releasesFeed } from './releasesFeed.js';
import { newestFeed, type NewestFeed } from './rss.js';

const exactly = (path: string) => new RegExp(`^${path.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}$`);

/** An RSS feed served at its own self link, so the two cannot disagree. */
const rssRoute = (readSql: Sql, feed: NewestFeed): PublicRoute =>
  feedRoute(feed.channel.selfPath, exactly(feed.channel.selfPath), async (call) => newestFeed(readSql, feed, siteOf(call)));

/** python.org's RSS feeds (jobs, releases, board minutes) and an iCalendar file per calendar, for anyone. */
export function feedRoutes(readSql: Sql): PublicRoute[] {
  return [
    rssRoute(readSql, jobsFeed),
    rssRoute(readSql, releasesFeed),
    rssRoute(readSql, minutesFeed),
    feedRoute('/events/calendars/:slug.ics', /^\/events\/calendars\/([^/]+)\.ics$/, async (call) =>
      calendarFeed(readSql, call.params[0], siteOf(call)),
    ),
  ];
}
