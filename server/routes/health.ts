import { Router } from 'express';
import type { DataSource } from 'typeorm';
import { pendingMigrations } from '../db/migrateOnStart.js';
import { sqlOf } from '../db/sql.js';
import { phaseMessage, type Lifecycle } from '../lifecycle/phase.js';
import { within } from '../within.js';

const PROBE_MS = 2_000;

/** One round trip, bounded: a stuck pool must not make the probe itself hang. */
const databaseAnswers = (db: DataSource): Promise<boolean> =>
  within(sqlOf(db).query('SELECT 1'), PROBE_MS).then(
    () => true,
    () => false,
  );

/**
 * Liveness (`/health`): 200 while the process runs, whatever the database does, so an
 * orchestrator restarts us only when restarting helps; it still reports the database.
 * Readiness (`/ready`): 200 only while serving with the database answering and every migration
 * applied, so a load balancer sends traffic elsewhere while we start, stop or lose the database.
 * `db` is absent while the process is still starting.
 */
export function healthRouter(db: DataSource | undefined, lifecycle: Lifecycle): Router {
  const router = Router();
  router.get('/health', async (_req, res) => {
    const reachable = db ? await databaseAnswers(db) : lifecycle.databaseReachable;
    res.json({ status: 'ok', database: reachable ? 'ok' : 'unreachable' });
  });
  router.get('/ready', async (_req, res) => {
    res.setHeader('Cache-Control', 'no-store');
    if (lifecycle.phase !== 'serving' || !db) {
      res.status(503).json({
        status: lifecycle.phase,
        database: lifecycle.databaseReachable ? 'ok' : 'unreachable',
        migrations: 'unknown',
        message: phaseMessage(lifecycle),
      });
      return;
    }
    if (!(await databaseAnswers(db))) {
      res
        .status(503)
        .json({ status: 'not ready', database: 'unreachable', migrations: 'unknown', message: 'The database is not answering.' });
      return;
    }
    const pending = await pendingMigrations(db).catch(() => undefined);
    if (!pending || pending.length) {
      const message = pending ? `Migrations not applied: ${pending.join(', ')}.` : 'Could not read the migrations table.';
      res.status(503).json({ status: 'not ready', database: 'ok', migrations: pending ? 'pending' : 'unknown', message });
      return;
    }
    res.json({ status: 'ready', database: 'ok', migrations: 'current' });
  });
  return router;
}
