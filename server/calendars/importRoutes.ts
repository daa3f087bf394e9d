import { Router } from 'express';
import { canWrite } from '../auth/permissions.js';
import { importBlogFeed } from '../blogs/import.js';
import type { Registry } from '../crud/registry.js';
import { actorOf } from '../crud/router.js';
import { sqlOf } from '../db/sql.js';
import { BlogFeed } from '../entities/BlogFeed.js';
import { Calendar } from '../entities/Calendar.js';
import { HttpError } from '../http/errors.js';
import { recordId } from '../http/recordId.js';
import { importCalendar, type ImportSettings } from './import/runImport.js';

/**
 * "Import now" of a feed-fed record, answering with the run's report (also kept on the record):
 * POST /api/calendars/{id}/import (iCalendar events) and POST /api/blog-feeds/{id}/import (RSS or Atom entries).
 */
export function feedImportRouter(registry: Registry, settings: ImportSettings): Router {
  const router = Router();
  const sql = sqlOf(registry.db);
  const imports = [
    { entity: Calendar, table: 'calendars', what: 'calendars', run: (id: number) => importCalendar(registry, id, settings) },
    { entity: BlogFeed, table: 'blog_feeds', what: 'blog feeds', run: (id: number) => importBlogFeed(registry, id, settings) },
  ];
  for (const { entity, table, what, run } of imports) {
    const { model } = registry.of(entity);
    router.post(`/${model.name}/:id/import`, async (req, res) => {
      if (!canWrite(actorOf(res), model.options.access)) throw new HttpError(403, `Your roles do not allow importing ${what}.`);
      const id = recordId(req);
      const [found] = await sql.query(`SELECT 1 FROM ${table} WHERE id = $1`, [id]);
      if (!found) throw new HttpError(404, 'No such record.');
      res.json(await run(id));
    });
  }
  return router;
}
