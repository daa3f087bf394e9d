import type { Registry } from '../crud/registry.js';
import type { Sql } from '../db/sql.js';
import { feedRoutes } from './feeds/index.js';
import type { PublicRoute } from './route.js';
import { v1Routes } from './v1.js';
import { v2Routes } from './v2.js';

/** Every route of the public front door: python.org's API v1 and v2, its feeds and the calendars. */
export function publicRoutes(registry: Registry, readSql: Sql, writeSql: Sql): PublicRoute[] {
  return [...v1Routes(registry, readSql), ...v2Routes(registry, readSql, writeSql), ...feedRoutes(readSql)];
}
