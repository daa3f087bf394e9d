import { createHash } from 'node:crypto';
import pg from 'pg';
import type { DataSource } from 'typeorm';

// DATE columns stay 'YYYY-MM-DD' strings: pg's default turns them into local-midnight Dates.
pg.types.setTypeParser(pg.types.builtins.DATE, (value) => value);

export type Params = unknown[];

export interface Sql {
  /** Runs one statement as a named prepared statement: parsed and planned once per connection. */
  query<T = Record<string, unknown>>(text: string, values?: Params): Promise<T[]>;
}

const names = new Map<string, string>();
function statementName(text: string): string {
  let name = names.get(text);
  if (!name) {
    name = `s${createHash('sha1').update(text).digest('hex').slice(0, 16)}`;
    if (names.size < 5000) names.set(text, name);
  }
  return name;
}

function runner(client: pg.Pool | pg.PoolClient): Sql {
  return {
    async query<T>(text: string, values: Params = []) {
      const result = await client.query({ name: statementName(text), text, values });
      return result.rows as T[];
    },
  };
}

/** The pg pool under TypeORM: the generic layer's hot paths skip entity hydration (see docs/performance.md). */
export function poolOf(db: DataSource): pg.Pool {
  return (db.driver as unknown as { master: pg.Pool }).master;
}

export function sqlOf(db: DataSource): Sql {
  return runner(poolOf(db));
}

/** Statements on a pool of its own (the public reads' read-only one). */
export function sqlOfPool(pool: pg.Pool): Sql {
  return runner(pool);
}

/**
 * Runs `work` in one transaction on one connection: all of it commits or none. A connection that
 * breaks meanwhile (the database restarted, the backend was terminated) is destroyed, not
 * returned to the pool, and its 'error' event is handled here: unhandled, it would crash the process.
 */
export async function transaction<T>(db: DataSource, work: (sql: Sql) => Promise<T>): Promise<T> {
  const client = await poolOf(db).connect();
  let broken: Error | undefined;
  const onError = (error: Error) => (broken ??= error);
  client.on('error', onError);
  const sql = runner(client);
  try {
    await client.query('BEGIN');
    const result = await work(sql);
    await client.query('COMMIT');
    return result;
  } catch (error) {
    await client.query('ROLLBACK').catch((rollbackError: Error) => (broken ??= rollbackError));
    throw error;
  } finally {
    client.off('error', onError);
    client.release(broken);
  }
}

/** A quoted identifier; only ever called with names from entity metadata, never from a request. */
export const ident = (name: string) => `"${name.replace(/"/g, '""')}"`;
