import 'reflect-metadata';
import { DataSource } from 'typeorm';
import { migrations } from '../../migrations/index.js';
import { entities } from '../entities/index.js';

export interface DataSourceOptions {
  /** Pool size per process. */
  poolSize?: number;
}

/**
 * The one way the server, the CLI and the tests reach PostgreSQL. Sessions run in UTC so
 * timestamps are stored and returned in UTC whatever the server's own time zone is.
 */
export function createDataSource(url: string, options: DataSourceOptions = {}): DataSource {
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
    extra: { max: options.poolSize ?? 10, options: '-c timezone=UTC' },
  });
}
