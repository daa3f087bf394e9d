import type { Sql } from '../../db/sql.js';
import type { PublicRoute } from '../route.js';

/** RSS feeds and iCalendar calendars (not yet built). */
export function feedRoutes(_readSql: Sql): PublicRoute[] {
  return [];
}
