import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TaskRuns1796173146416 } from '../../migrations/1796173146416-TaskRuns.js';
import { migrations } from '../../migrations/index.js';
import { createDataSource } from '../../server/db/dataSource.js';
import { createTestDatabase, type TestDatabase } from '../support/database.js';
import { freePort } from '../support/ports.js';
import { startServer } from '../support/server.js';
import { call } from './support.js';

const tables = async (t: TestDatabase) =>
  (
    (await t.db.query(`SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' ORDER BY 1`)) as {
      table_name: string;
    }[]
  ).map((r) => r.table_name);

describe('a migration that fails at start-up', () => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await createTestDatabase({ migrated: false });
    // The database is behind by the outbox and task_runs migrations (and any later), and task_runs cannot
    // apply: someone created its table by hand. The one before it would succeed on its own.
    const behind = createDataSource(t.url, { poolSize: 1 });
    behind.setOptions({ migrations: migrations.slice(0, migrations.indexOf(TaskRuns1796173146416) - 1) });
    await behind.initialize();
    await behind.runMigrations();
    await behind.destroy();
    await t.db.query('CREATE TABLE task_runs (id int)');
  });
  afterAll(() => t.drop());

  it('is rolled back with the one before it, and the server refuses to start, saying which and why', async () => {
    const before = await tables(t);
    const [{ count: recorded }] = await t.db.query('SELECT count(*)::int AS count FROM migrations');
    const port = await freePort();
    const server = startServer({ DATABASE_URL: t.url, PORT: String(port), SEED_DEMO: 'false', ADMIN_PASSWORD: 'migration test pw' });
    // Until it gives up it is live but never ready: nothing is served from a half-migrated schema.
    const seen: number[] = [];
    while (server.child.exitCode === null) {
      const ready = await call(`http://127.0.0.1:${port}`, 'GET', '/api/ready');
      if (ready.status) seen.push(ready.status);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    expect(await server.exited).toBe(1);
    expect(seen.every((status) => status === 503)).toBe(true);
    const failing = new TaskRuns1796173146416().name;
    const lines = server
      .output()
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line)); // every line is JSON
    const error = lines.find((line) => line.level === 50 && /^Migration /.test(line.msg));
    expect(lines.filter((line) => line.level === 50)).toEqual([error]); // the one error of this start
    expect(error.msg).toContain(`Migration ${failing} failed: relation "task_runs" already exists`);
    expect(error.msg).toContain('Nothing was changed');

    expect(await tables(t)).toEqual(before); // the outbox table of the migration before it is gone again
    expect(before).not.toContain('outbox');
    const [{ count }] = await t.db.query('SELECT count(*)::int AS count FROM migrations');
    expect(count).toBe(recorded);
    const [{ users }] = await t.db.query('SELECT count(*)::int AS users FROM users');
    expect(users).toBe(0); // no superuser made, no demo loaded
  });
});
