import { Router } from 'express';
import { canWrite } from '../auth/permissions.js';
import type { Registry } from '../crud/registry.js';
import { actorOf } from '../crud/router.js';
import { sqlOf } from '../db/sql.js';
import { Calendar } from '../entities/Calendar.js';
import { HttpError } from '../http/errors.js';
import { importCalendar, type ImportSettings } from './import/runImport.js';

/** POST /api/calendars/{id}/import: "Import now", answering with the run's report (also kept on the calendar). */
export function calendarImportRouter(registry: Registry, settings: ImportSettings): Router {
  const router = Router();
  const { model } = registry.of(Calendar);
  router.post('/calendars/:id/import', async (req, res) => {
    if (!canWrite(actorOf(res), model.options.access)) throw new HttpError(403, 'Your roles do not allow importing calendars.');
    const id = Number(req.params.id);
    const [found] =
      Number.isInteger(id) && id > 0 && id < 2 ** 31 ? await sqlOf(registry.db).query(`SELECT 1 FROM calendars WHERE id = $1`, [id]) : [];
    if (!found) throw new HttpError(404, 'No such record.');
    res.json(await importCalendar(registry, id, settings));
  });
  return router;
}
