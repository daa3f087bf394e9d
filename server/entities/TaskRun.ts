import { Check, Column, Entity, Index, Unique } from 'typeorm';
import { Timestamped } from './base.js';
import { oneOf } from './checks.js';

export const TASK_RUN_STATUSES = ['queued', 'active', 'completed', 'failed'] as const;
export type TaskRunStatus = (typeof TASK_RUN_STATUSES)[number];

/**
 * One tick of a scheduled background task (the job expiry sweep, outbox delivery). Every
 * instance tries to record the tick; the unique (task, slot) lets exactly one of them claim it.
 * As in ATR's task table, the CHECKs tie each status to the columns it implies:
 * queued → active (started, by a worker) → completed or failed (finished; a failure says why).
 */
@Entity('task_runs')
@Unique('uq_task_runs_task_slot', ['task', 'slot'])
@Index('ix_task_runs_active', ['task', 'status'])
@Check('chk_task_runs_status', oneOf('status', TASK_RUN_STATUSES))
@Check('chk_task_runs_started', `"status" = 'queued' OR ("started" IS NOT NULL AND "worker" IS NOT NULL)`)
@Check('chk_task_runs_finished', `("status" IN ('completed', 'failed')) = ("finished" IS NOT NULL)`)
@Check('chk_task_runs_failed_error', `"status" <> 'failed' OR "error" IS NOT NULL`)
export class TaskRun extends Timestamped {
  /** The task's name, e.g. "outbox". */
  @Column({ type: 'varchar', length: 50 })
  task: string;

  /** The tick this run is for: the start of its interval on the wall clock. */
  @Column({ type: 'timestamptz' })
  slot: Date;

  @Column({ type: 'varchar', length: 20, default: 'queued' })
  status: TaskRunStatus;

  /** host:pid of the instance that claimed it. */
  @Column({ type: 'varchar', length: 200, nullable: true })
  worker: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  started: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  finished: Date | null;

  /** What the task reported, e.g. {"sent": 3}. */
  @Column({ type: 'jsonb', nullable: true })
  result: Record<string, unknown> | null;

  @Column({ type: 'text', nullable: true })
  error: string | null;
}
