import pg from 'pg';
import type { DatabaseLimits } from '../config.js';
import { logger } from '../logger.js';

/**
 * The connections the public API and feeds read on: READ_DATABASE_URL (a replica) when set, else the
 * primary. Every one is read-only from its first statement (default_transaction_read_only), so a
 * public read cannot write or take a write lock, whatever its SQL, and moving it to a replica
 * changes nothing but the URL.
 */
export function createReadPool(url: string, limits: Partial<DatabaseLimits> = {}): pg.Pool {
  const { poolSize = 10, statementTimeoutMs = 0, acquireTimeoutMs = 0 } = limits;
  const pool = new pg.Pool({
    connectionString: url,
    max: poolSize,
    application_name: 'pydotorg-admin-public',
    options: '-c timezone=UTC -c default_transaction_read_only=on',
    ...(statementTimeoutMs ? { statement_timeout: statementTimeoutMs } : {}),
    ...(acquireTimeoutMs ? { connectionTimeoutMillis: acquireTimeoutMs } : {}),
    keepAlive: true,
  });
  pool.on('error', (error) => logger.warn({ err: error }, 'a pooled public-read connection was lost'));
  return pool;
}
