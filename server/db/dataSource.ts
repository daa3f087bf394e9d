import 'reflect-metadata';
import { DataSource } from 'typeorm';
import { migrations } from '../../migrations/index.js';
import { entities } from '../entities/index.js';
import type { DatabaseLimits } from '../config.js';
import { logger } from '../logger.js';

export interface DataSourceOptions extends Partial<DatabaseLimits> {
  /** Shown in pg_stat_activity, so an operator can tell the server's connections from a script's. */
  applicationName?: string;
}

/**
 * The one way the server, the CLI and the tests reach PostgreSQL. Sessions run in UTC so
 * timestamps are stored and returned in UTC whatever the server's own time zone is. Time limits
 * are off unless given: migrations, seeding and the CLI may legitimately run long; the server
 * passes its configured ones.
 */
export function createDataSource(url: string, options: DataSourceOptions = {}): DataSource {
  const { poolSize = 10, statementTimeoutMs = 0, idleInTransactionTimeoutMs = 0, acquireTimeoutMs = 0 } = options;
  return new DataSource({
    type: 'postgres',
    url,
    entities,
    migrations,
    migrationsTableName: 'migrations',
    // All pending migrations in one transaction: a failure leaves schema and history as they were.
    migrationsTransactionMode: 'all',
    synchronize: false,
    logging: false,
    // TypeORM prints migration progress to the console as plain text; ours goes through pino.
    logger: {
      logQuery: () => {},
      logQueryError: () => {},
      logQuerySlow: () => {},
      logSchemaBuild: () => {},
      logMigration: (message: string) => logger.debug({ typeorm: true }, message),
      log: (level: 'log' | 'info' | 'warn', message: unknown) =>
        level === 'warn' ? logger.warn(String(message)) : logger.debug(String(message)),
    },
    applicationName: options.applicationName ?? 'pydotorg-admin',
    // An idle connection that dies (a database restart, pg_terminate_backend) is dropped from the
    // pool and logged; without this handler the 'error' event would crash the process.
    poolErrorHandler: (error: Error) => logger.warn({ err: error }, 'a pooled database connection was lost'),
    extra: {
      max: poolSize,
      options: '-c timezone=UTC',
      // pg sends these as startup parameters, so every connection carries them from its first statement.
      ...(statementTimeoutMs ? { statement_timeout: statementTimeoutMs } : {}),
      ...(idleInTransactionTimeoutMs ? { idle_in_transaction_session_timeout: idleInTransactionTimeoutMs } : {}),
      // Both waiting for a free connection and opening a new one: under overload or with the
      // database gone, a request fails fast (503) instead of hanging.
      ...(acquireTimeoutMs ? { connectionTimeoutMillis: acquireTimeoutMs } : {}),
      keepAlive: true,
    },
  });
}
