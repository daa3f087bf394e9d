import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DataSource } from 'typeorm';
import { createDataSource } from '../server/db/dataSource.js';
import { sqlOf, transaction } from '../server/db/sql.js';
import { unavailabilityError } from '../server/http/pgErrors.js';
import { createTestDatabase, type TestDatabase } from './support/database.js';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('time limits on every connection', () => {
  let t: TestDatabase;
  let db: DataSource;
  beforeAll(async () => {
    t = await createTestDatabase();
    db = createDataSource(t.url, { poolSize: 2, statementTimeoutMs: 300, idleInTransactionTimeoutMs: 400, acquireTimeoutMs: 250 });
    await db.initialize();
  });
  afterAll(async () => {
    await db.destroy();
    await t.drop();
  });

  it('carry the configured statement and idle-in-transaction timeouts from their first statement', async () => {
    const [row] = await sqlOf(db).query(
      `SELECT current_setting('statement_timeout') AS statement, current_setting('idle_in_transaction_session_timeout') AS idle, current_setting('TimeZone') AS zone`,
    );
    expect(row).toEqual({ statement: '300ms', idle: '400ms', zone: 'UTC' });
  });

  it('cancel a long statement (a 504), and the pool goes on', async () => {
    const error = await sqlOf(db)
      .query('SELECT pg_sleep(2)')
      .catch((e) => e);
    expect(unavailabilityError(error)?.status).toBe(504);
    expect(await sqlOf(db).query('SELECT 1 AS one')).toEqual([{ one: 1 }]);
  });

  it('end a transaction left idle (a 503), destroy its broken connection, and the pool goes on', async () => {
    const error = await transaction(db, async (sql) => {
      await sql.query('SELECT 1');
      await sleep(800); // the server ends the session meanwhile
      await sql.query('SELECT 2');
    }).catch((e) => e);
    expect(unavailabilityError(error)?.status).toBe(503);
    for (let i = 0; i < 4; i++) expect(await sqlOf(db).query('SELECT 1 AS one')).toEqual([{ one: 1 }]);
  });

  it('fail fast when every connection is taken, instead of waiting', async () => {
    const held = await Promise.all(
      [0, 1].map(() => (db.driver as unknown as { master: { connect(): Promise<{ release(): void }> } }).master.connect()),
    );
    const started = performance.now();
    const error = await sqlOf(db)
      .query('SELECT 1')
      .catch((e) => e);
    expect(performance.now() - started).toBeLessThan(2_000);
    expect(unavailabilityError(error)?.status).toBe(503);
    for (const client of held) client.release();
    expect(await sqlOf(db).query('SELECT 1 AS one')).toEqual([{ one: 1 }]);
  });

  it('are off for the data source of migrations and scripts', async () => {
    const plain = createDataSource(t.url, { poolSize: 1 });
    await plain.initialize();
    const [row] = await plain.query(
      `SELECT current_setting('statement_timeout') AS statement, current_setting('idle_in_transaction_session_timeout') AS idle`,
    );
    await plain.destroy();
    expect(row).toEqual({ statement: '0', idle: '0' });
  });
});
