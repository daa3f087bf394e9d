import type { DataSource, MigrationInterface, QueryRunner } from 'typeorm';
import { poolOf } from './sql.js';

/** Held while one process migrates and seeds: instances starting together take turns. */
const STARTUP_LOCK_KEY = 6_402_017_000;

/** A pending migration failed; the transaction that held all of them was rolled back. */
export class MigrationFailure extends Error {}

/** Makes each migration tag an error it throws with its own name, so the log can say which one failed. */
function nameFailures(migrations: MigrationInterface[]): void {
  for (const migration of migrations) {
    const up = migration.up.bind(migration);
    migration.up = async (queryRunner: QueryRunner) => {
      try {
        await up(queryRunner);
      } catch (error) {
        throw Object.assign(error as object, { migration: migration.name ?? migration.constructor.name });
      }
    };
  }
}

/** Known migrations the database has not recorded. */
export async function pendingMigrations(db: DataSource): Promise<string[]> {
  const known = db.migrations.map((m) => m.name!);
  const rows: { name: string }[] = await db.query('SELECT name FROM migrations').catch((error) => {
    if ((error as { driverError?: { code?: string } }).driverError?.code === '42P01') return []; // a new database
    throw error;
  });
  const applied = new Set(rows.map((r) => r.name));
  return known.filter((name) => !applied.has(name));
}

/**
 * Applies pending migrations, then runs `afterwards` (seeding), all under a session advisory
 * lock so that several instances starting at once neither race on DDL nor seed twice. The
 * pending migrations run in one transaction (see createDataSource), so a failure leaves schema
 * and migrations table as they were; it is raised as a MigrationFailure that says so.
 */
export async function migrateOnStart(db: DataSource, afterwards: () => Promise<void>): Promise<string[]> {
  const lock = await poolOf(db).connect();
  let lost: Error | undefined;
  lock.on('error', (error) => (lost = error)); // the failing statement reports it; unhandled it would crash
  try {
    await lock.query('SELECT pg_advisory_lock($1)', [STARTUP_LOCK_KEY]);
    const pending = await pendingMigrations(db);
    let applied: string[] = [];
    if (pending.length) {
      nameFailures(db.migrations);
      try {
        applied = (await db.runMigrations()).map((m) => m.name);
      } catch (error) {
        const which = (error as { migration?: string }).migration ?? pending.join(', ');
        throw new MigrationFailure(
          `Migration ${which} failed: ${(error as Error).message}. Nothing was changed: the schema and the migrations ` +
            `table are as they were (pending: ${pending.join(', ')}). The server will not start on a schema it cannot ` +
            `migrate; fix the migration or the database, then start again.`,
        );
      }
    }
    await afterwards();
    return applied;
  } finally {
    await lock.query('SELECT pg_advisory_unlock($1)', [STARTUP_LOCK_KEY]).catch(() => {});
    lock.release(lost);
  }
}
