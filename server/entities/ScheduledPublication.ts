import { Check, Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import type { Relation } from 'typeorm';
import { Timestamped } from './base.js';
import { oneOf } from './checks.js';
import type { User } from './User.js';

export const SCHEDULE_ACTIONS = ['publish', 'unpublish'] as const;
export const SCHEDULE_STATUSES = ['pending', 'done', 'failed'] as const;
export type ScheduleAction = (typeof SCHEDULE_ACTIONS)[number];

/**
 * A publish or unpublish of a versioned record due at `run_at` (server/crud/schedule/). The
 * scheduler applies it once, in the transaction that marks it done; one that fails its checks is
 * marked failed with the reason and changes nothing. At most one pending of each action per record.
 */
@Entity('scheduled_publications')
@Index('uq_scheduled_publications_pending', ['resource', 'record_id', 'action'], { unique: true, where: `"status" = 'pending'` })
@Index('ix_scheduled_publications_due', ['status', 'run_at'])
@Check('chk_scheduled_publications_action', oneOf('action', SCHEDULE_ACTIONS))
@Check('chk_scheduled_publications_status', oneOf('status', SCHEDULE_STATUSES))
@Check('chk_scheduled_publications_finished', `("status" = 'pending') = ("finished" IS NULL)`)
@Check('chk_scheduled_publications_reason', `"status" <> 'failed' OR "reason" IS NOT NULL`)
export class ScheduledPublication extends Timestamped {
  @Column({ type: 'varchar', length: 64 })
  resource: string;

  @Column({ type: 'int' })
  record_id: number;

  @Column({ type: 'varchar', length: 20 })
  action: ScheduleAction;

  @Column({ type: 'timestamptz' })
  run_at: Date;

  @Column({ type: 'varchar', length: 20, default: 'pending' })
  status: (typeof SCHEDULE_STATUSES)[number];

  /** Why a failed one was not applied, as the check that refused it said. */
  @Column({ type: 'text', nullable: true })
  reason: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  finished: Date | null;

  @Column({ type: 'int', nullable: true })
  author_id: number | null;

  @ManyToOne('User', { onDelete: 'SET NULL', nullable: true })
  @JoinColumn({ name: 'author_id', foreignKeyConstraintName: 'fk_scheduled_publications_author' })
  author?: Relation<User> | null;
}
