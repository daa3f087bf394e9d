import { Router } from 'express';
import type { DataSource } from 'typeorm';

/** Liveness with a database round trip: 503 when PostgreSQL does not answer. */
export function healthRouter(db: DataSource): Router {
  const router = Router();
  router.get('/health', async (_req, res) => {
    try {
      await db.query('SELECT 1');
      res.json({ status: 'ok', database: 'ok' });
    } catch {
      res.status(503).json({ status: 'degraded', database: 'unreachable', message: 'The database is not answering.' });
    }
  });
  return router;
}
