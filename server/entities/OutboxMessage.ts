import { Check, Column, Entity, Index } from 'typeorm';
import { Timestamped } from './base.js';
import { atLeast, oneOf } from './checks.js';

export const OUTBOX_STATUSES = ['queued', 'sending', 'sent', 'failed'] as const;
export type OutboxStatus = (typeof OUTBOX_STATUSES)[number];

/**
 * An e-mail waiting to be sent, or the record of one that was: written in the same transaction
 * as the change it reports, sent later by the outbox worker, retried on failure, never deleted.
 * Like ATR's task states, the CHECKs keep each status consistent with the columns it implies.
 */
@Entity('outbox')
@Index('ix_outbox_due', ['status', 'next_attempt_at'])
@Check('chk_outbox_status', oneOf('status', OUTBOX_STATUSES))
@Check('chk_outbox_attempts', atLeast('attempts', 0))
@Check('chk_outbox_recipients', `cardinality("recipients") > 0`)
// Sent exactly when it has a sent_at; a failed message says why; only a queued one may be untried.
@Check('chk_outbox_sent_at', `("status" = 'sent') = ("sent_at" IS NOT NULL)`)
@Check('chk_outbox_failed_error', `"status" <> 'failed' OR "last_error" IS NOT NULL`)
@Check('chk_outbox_tried', `"status" = 'queued' OR "attempts" > 0`)
export class OutboxMessage extends Timestamped {
  /** What the message is about, e.g. "job.reject". */
  @Column({ type: 'varchar', length: 50 })
  kind: string;

  @Column({ type: 'text', array: true })
  recipients: string[];

  @Column({ type: 'text' })
  subject: string;

  @Column({ type: 'text' })
  body: string;

  @Column({ type: 'varchar', length: 20, default: 'queued' })
  status: OutboxStatus;

  /** Sending tries so far, counted when a worker claims the message. */
  @Column({ type: 'int', default: 0 })
  attempts: number;

  /** When a queued message is due; while sending, when the claim lapses (a worker that died). */
  @Column({ type: 'timestamptz', default: () => 'now()' })
  next_attempt_at: Date;

  /** The last sending error, without credentials. */
  @Column({ type: 'text', nullable: true })
  last_error: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  sent_at: Date | null;
}
