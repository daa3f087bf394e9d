import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { schemaDiff } from '../server/db/drift.js';
import { migrations } from '../migrations/index.js';
import { createTestDatabase, type TestDatabase } from './support/database.js';

async function tableNames(t: TestDatabase): Promise<string[]> {
  const rows: { table_name: string }[] = await t.db.query(
    `SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' ORDER BY table_name`,
  );
  return rows.map((r) => r.table_name);
}

async function functionNames(t: TestDatabase): Promise<string[]> {
  const rows: { proname: string }[] = await t.db.query(
    `SELECT proname FROM pg_proc WHERE pronamespace = 'public'::regnamespace ORDER BY proname`,
  );
  return rows.map((r) => r.proname);
}

/** Every table the entities declare, including many-to-many association tables. */
function entityTables(t: TestDatabase): string[] {
  const names = t.db.entityMetadatas.map((m) => m.tableName);
  return [...new Set(names)].sort();
}

describe('migrations on an empty database', () => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await createTestDatabase({ migrated: false });
  });
  afterAll(() => t.drop());

  it('apply every migration and create every table the entities declare', async () => {
    const applied = await t.db.runMigrations();
    expect(applied.map((m) => m.name)).toEqual(migrations.map((m) => new m().name));
    const tables = await tableNames(t);
    for (const table of entityTables(t)) expect(tables).toContain(table);
    expect(tables).toContain('migrations');
  });

  it('agree with the entities: nothing left for TypeORM to change', async () => {
    const diff = await schemaDiff(t.db);
    expect(diff.up).toEqual([]);
  });

  it('create the hand-written indexes the entities declare but TypeORM cannot build', async () => {
    const declared = t.db.entityMetadatas.flatMap((m) => m.indices.filter((i) => !i.synchronize).map((i) => i.name));
    expect(declared).toEqual(expect.arrayContaining(['ix_pages_content_fts', 'ix_jobs_description_fts', 'uq_users_email_lower']));
    const rows: { indexname: string }[] = await t.db.query(`SELECT indexname FROM pg_indexes WHERE schemaname = 'public'`);
    const existing = rows.map((r) => r.indexname);
    for (const name of declared) expect(existing).toContain(name);
  });

  it('revert one by one down to nothing but the migrations table, then apply again', async () => {
    for (let i = migrations.length; i > 0; i--) await t.db.undoLastMigration();
    expect(await tableNames(t)).toEqual(['migrations']);
    expect(await functionNames(t)).toEqual([]);
    const [{ count }] = await t.db.query('SELECT count(*)::int AS count FROM migrations');
    expect(count).toBe(0);

    await t.db.runMigrations();
    expect((await tableNames(t)).length).toBe(entityTables(t).length + 1);
    expect((await schemaDiff(t.db)).up).toEqual([]);
  });

  it('leave everything as it was when a migration fails', async () => {
    // A throw-away failing migration after the real ones: all pending run in one transaction.
    class Broken1999999999999 {
      name = 'Broken1999999999999';
      async up(queryRunner: { query(sql: string): Promise<unknown> }) {
        await queryRunner.query('CREATE TABLE half_done (id int)');
        await queryRunner.query('SELECT * FROM no_such_table');
      }
      async down() {}
    }
    await t.db.undoLastMigration();
    const before = await tableNames(t);
    const { createDataSource } = await import('../server/db/dataSource.js');
    const broken = createDataSource(t.url, { poolSize: 1 });
    broken.setOptions({ migrations: [...migrations, Broken1999999999999] });
    await broken.initialize();
    try {
      await expect(broken.runMigrations()).rejects.toThrow(/no_such_table/);
    } finally {
      await broken.destroy();
    }
    expect(await tableNames(t)).toEqual(before);
    const [{ count }] = await t.db.query('SELECT count(*)::int AS count FROM migrations');
    expect(count).toBe(migrations.length - 1);
  });
});
