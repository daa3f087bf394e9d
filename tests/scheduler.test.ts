import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDataSource } from '../server/db/dataSource.js';
import { slotOf, startScheduler, type TaskOutcome } from '../server/tasks/scheduler.js';
import { createTestDatabase, type TestDatabase } from './support/database.js';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('the scheduler', () => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await createTestDatabase();
  });
  afterAll(() => t.drop());

  it('runs a task exactly once per tick across three instances, each on its own pool', async () => {
    const instances = [
      createDataSource(t.url, { poolSize: 2 }),
      createDataSource(t.url, { poolSize: 2 }),
      createDataSource(t.url, { poolSize: 2 }),
    ];
    await Promise.all(instances.map((db) => db.initialize()));
    const ranBy: string[] = [];
    const outcomes: TaskOutcome[] = [];
    const schedulers = instances.map((db, i) =>
      startScheduler(db, [{ name: 'count', intervalSeconds: 1, run: async () => (ranBy.push(`w${i}`), { by: i }) }], {
        worker: `w${i}`,
        onOutcome: (_task, outcome) => outcomes.push(outcome),
      }),
    );
    await sleep(4_500);
    await Promise.all(schedulers.map((s) => s.stop()));
    await Promise.all(instances.map((db) => db.destroy()));

    const runs: { slot: Date; status: string; worker: string; result: { by: number } }[] = await t.db.query(
      `SELECT slot, status, worker, result FROM task_runs WHERE task = 'count' ORDER BY slot`,
    );
    expect(runs.length).toBeGreaterThanOrEqual(3);
    expect(runs.every((r) => r.status === 'completed')).toBe(true);
    // One row per tick, on whole seconds, and one run per row: nobody ran a tick twice.
    expect(new Set(runs.map((r) => r.slot.getTime())).size).toBe(runs.length);
    expect(runs.every((r) => r.slot.getTime() % 1000 === 0)).toBe(true);
    expect(ranBy.length).toBe(runs.length);
    expect(runs.map((r) => r.worker).sort()).toEqual([...ranBy].sort());
    expect(runs.every((r) => r.worker === `w${r.result.by}`)).toBe(true);
    // Every instance saw every tick: it either ran it or found it taken.
    expect(outcomes.filter((o) => o === 'completed').length).toBe(runs.length);
    expect(outcomes.filter((o) => o === 'skipped').length).toBeGreaterThanOrEqual(2 * runs.length - 2);
  });

  it('records a failing run as failed with its error, and the next tick still runs', async () => {
    let calls = 0;
    const scheduler = startScheduler(t.db, [
      {
        name: 'flaky',
        intervalSeconds: 1,
        run: async () => {
          if (++calls === 1) throw new Error('smtp said no');
        },
      },
    ]);
    await sleep(2_600);
    await scheduler.stop();
    const runs: { status: string; error: string | null }[] = await t.db.query(
      `SELECT status, error FROM task_runs WHERE task = 'flaky' ORDER BY slot`,
    );
    expect(runs[0]).toEqual({ status: 'failed', error: 'smtp said no' });
    expect(runs.slice(1).length).toBeGreaterThanOrEqual(1);
    expect(runs.slice(1).every((r) => r.status === 'completed' && r.error === null)).toBe(true);
  });

  it('stops without starting new runs and waits for the one in progress', async () => {
    let finished = 0;
    const scheduler = startScheduler(t.db, [
      {
        name: 'slow',
        intervalSeconds: 1,
        run: async () => {
          await sleep(700);
          finished++;
        },
      },
    ]);
    await sleep(slotOf(Date.now(), 1) + 1000 - Date.now() + 400); // inside the first run
    await scheduler.stop();
    expect(finished).toBe(1);
    await sleep(1_200);
    expect(finished).toBe(1);
    const [{ count }] = await t.db.query(`SELECT count(*)::int AS count FROM task_runs WHERE task = 'slow' AND status = 'completed'`);
    expect(count).toBe(1);
  });

  it('keeps the states consistent in the table itself (ATR-style checks)', async () => {
    const insert = (values: string) =>
      t.db.query(`INSERT INTO task_runs (task, slot, status, worker, started, finished, error) VALUES ${values}`);
    await expect(insert(`('x', now(), 'active', NULL, NULL, NULL, NULL)`)).rejects.toThrow(/chk_task_runs_started/);
    await expect(insert(`('x', now(), 'completed', 'w', now(), NULL, NULL)`)).rejects.toThrow(/chk_task_runs_finished/);
    await expect(insert(`('x', now(), 'failed', 'w', now(), now(), NULL)`)).rejects.toThrow(/chk_task_runs_failed_error/);
    await expect(insert(`('x', now(), 'done', 'w', now(), NULL, NULL)`)).rejects.toThrow(/chk_task_runs_status/);
    await insert(`('x', '2026-01-01', 'queued', NULL, NULL, NULL, NULL)`);
    await expect(insert(`('x', '2026-01-01', 'queued', NULL, NULL, NULL, NULL)`)).rejects.toThrow(/uq_task_runs_task_slot/);
  });

  it('marks a run whose worker died as failed (abandoned) on a later tick', async () => {
    await t.db.query(
      `INSERT INTO task_runs (task, slot, status, worker, started) VALUES ('orphan', now() - interval '1 hour', 'active', 'gone:1', now() - interval '1 hour')`,
    );
    const scheduler = startScheduler(t.db, [{ name: 'orphan', intervalSeconds: 1, run: async () => {} }], { staleAfterSeconds: 60 });
    await sleep(1_600);
    await scheduler.stop();
    const [orphan] = await t.db.query(`SELECT status, error FROM task_runs WHERE task = 'orphan' AND worker = 'gone:1'`);
    expect(orphan).toEqual({ status: 'failed', error: expect.stringMatching(/abandoned/) });
  });
});
