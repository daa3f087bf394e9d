import { randomBytes } from 'node:crypto';
import pg from 'pg';
import type { DataSource } from 'typeorm';
import { inject } from 'vitest';
import { createDataSource } from '../../server/db/dataSource.js';
import { withDatabase } from './urls.js';

export interface TestDatabase {
  url: string;
  name: string;
  db: DataSource;
  /** Drops the database; `leaveDataSource` keeps the DataSource open, to see how the app copes. */
  drop(options?: { leaveDataSource?: boolean }): Promise<void>;
}

async function onServer<T>(fn: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: inject('serverUrl') });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

/**
 * A database of this test file's own, dropped afterwards: `migrated` clones the template
 * that globalSetup migrated once; otherwise it is empty (for migration tests).
 */
export async function createTestDatabase(options: { migrated?: boolean } = {}): Promise<TestDatabase> {
  const migrated = options.migrated ?? true;
  const name = `t_${randomBytes(6).toString('hex')}`;
  await onServer((client) =>
    client.query(migrated ? `CREATE DATABASE ${name} TEMPLATE ${inject('templateDatabase')}` : `CREATE DATABASE ${name}`),
  );
  const url = withDatabase(inject('serverUrl'), name);
  const db = createDataSource(url, { poolSize: 4 });
  await db.initialize();
  return {
    url,
    name,
    db,
    async drop({ leaveDataSource = false } = {}) {
      if (db.isInitialized && !leaveDataSource) await db.destroy();
      await onServer((client) => client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`));
    },
  };
}
