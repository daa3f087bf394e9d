import os from 'node:os';
import type { DataSource } from 'typeorm';
import { sqlOf, type Sql } from '../db/sql.js';
import { logger } from '../logger.js';

export interface ScheduledTask {
  /** Stored in task_runs.task, and the metrics label. */
  name: string;
  intervalSeconds: number;
  /** What it did, stored as the run's result (e.g. {"sent": 3}). */
  run: () => Promise<object | void>;
}

export type TaskOutcome = 'completed' | 'failed' | 'skipped';

export interface SchedulerOptions {
  /** Called after every tick: completed or failed when this instance ran it, skipped when another did. */
  onOutcome?: (task: string, outcome: TaskOutcome, seconds: number) => void;
  /** A run still active after this long lost its worker (killed mid-run); it is marked failed. */
  staleAfterSeconds?: number;
  /** How long finished runs are kept. */
  keepDays?: number;
  worker?: string;
}

export interface Scheduler {
  /** No new run starts; resolves once the runs in progress have finished. */
  stop(): Promise<void>;
}

// Every instance records the tick as queued (the unique (task, slot) keeps one row), then tries
// to move it to active; the row lock makes exactly one UPDATE match, and the others skip the
// tick. The claim commits before the task runs, so no connection or lock is held while it works.
const QUEUE = `INSERT INTO task_runs (task, slot) VALUES ($1, to_timestamp($2::double precision / 1000)) ON CONFLICT (task, slot) DO NOTHING`;
const CLAIM = `
  UPDATE task_runs SET status = 'active', worker = $3, started = now()
  WHERE task = $1 AND slot = to_timestamp($2::double precision / 1000) AND status = 'queued' RETURNING id`;
const FINISH = `UPDATE task_runs SET status = $2, finished = now(), result = $3, error = $4 WHERE id = $1 AND status = 'active'`;
const ABANDON = `
  UPDATE task_runs SET status = 'failed', finished = now(), error = 'abandoned: its worker stopped before finishing'
  WHERE task = $1 AND status = 'active' AND started < now() - make_interval(secs => $2)`;
const PRUNE = `DELETE FROM task_runs WHERE task = $1 AND slot < now() - make_interval(days => $2)`;

/** The start of the interval `now` falls in: every instance computes the same slot for the same tick. */
export const slotOf = (now: number, intervalSeconds: number) => Math.floor(now / (intervalSeconds * 1000)) * intervalSeconds * 1000;

async function tick(
  sql: Sql,
  task: ScheduledTask,
  slot: number,
  options: Required<Omit<SchedulerOptions, 'onOutcome'>>,
): Promise<TaskOutcome> {
  await sql.query(QUEUE, [task.name, slot]);
  const [claimed] = await sql.query<{ id: number }>(CLAIM, [task.name, slot, options.worker]);
  if (!claimed) return 'skipped';
  let outcome: TaskOutcome = 'completed';
  try {
    const result = await task.run();
    await sql.query(FINISH, [claimed.id, 'completed', result ?? null, null]);
  } catch (error) {
    outcome = 'failed';
    logger.error({ err: error, task: task.name }, `${task.name} failed; it runs again on the next tick`);
    await sql.query(FINISH, [claimed.id, 'failed', null, (error as Error).message || String(error)]).catch(() => {});
  }
  await sql.query(ABANDON, [task.name, options.staleAfterSeconds]);
  await sql.query(PRUNE, [task.name, options.keepDays]);
  return outcome;
}

/**
 * Runs each task once per tick of its interval across every instance on this database. Ticks
 * follow the wall clock (slotOf), so instances agree on which tick is due; the task_runs row
 * decides who runs it. Timers are unref'd: they never keep the process alive.
 */
export function startScheduler(db: DataSource, tasks: ScheduledTask[], options: SchedulerOptions = {}): Scheduler {
  const settings = {
    staleAfterSeconds: options.staleAfterSeconds ?? 900,
    keepDays: options.keepDays ?? 7,
    worker: options.worker ?? `${os.hostname()}:${process.pid}`,
  };
  const sql = sqlOf(db);
  let stopped = false;
  const timers = new Set<NodeJS.Timeout>();
  const running = new Set<Promise<void>>();

  const schedule = (task: ScheduledTask) => {
    const intervalMs = task.intervalSeconds * 1000;
    // A little after the boundary, spread per instance, so clocks a few ms apart still agree.
    const wait = slotOf(Date.now(), task.intervalSeconds) + intervalMs - Date.now() + 50 + Math.random() * 200;
    const timer = setTimeout(() => {
      timers.delete(timer);
      if (stopped) return;
      const started = performance.now();
      const run = tick(sql, task, slotOf(Date.now(), task.intervalSeconds), settings)
        .catch((error) => {
          logger.warn({ err: error, task: task.name }, `${task.name}: could not claim its tick (the database is unavailable?)`);
          return 'failed' as const;
        })
        .then((outcome) => options.onOutcome?.(task.name, outcome, (performance.now() - started) / 1000))
        .finally(() => {
          running.delete(run);
          if (!stopped) schedule(task);
        });
      running.add(run);
    }, wait);
    timer.unref();
    timers.add(timer);
  };
  for (const task of tasks) if (task.intervalSeconds > 0) schedule(task);

  return {
    async stop() {
      stopped = true;
      for (const timer of timers) clearTimeout(timer);
      timers.clear();
      await Promise.all(running);
    },
  };
}
