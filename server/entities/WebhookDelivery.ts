import { Check, Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import type { Relation } from 'typeorm';
import { Timestamped } from './base.js';
import { atLeast, oneOf } from './checks.js';
import type { Webhook } from './Webhook.js';

export const DELIVERY_STATUSES = ['pending', 'delivering', 'delivered', 'failed'] as const;
export type DeliveryStatus = (typeof DELIVERY_STATUSES)[number];

/** One try of a delivery: when, the answer's status (null: none), how long, and what went wrong. */
export interface DeliveryAttempt {
  at: string;
  status: number | null;
  duration_ms: number;
  error?: string;
}

/**
 * One event for one webhook (server/webhooks/): written in the transaction of the change it reports,
 * so it exists exactly when the change committed; then delivered at least once, always with the
 * same message id and body. Deliveries of one record to one webhook go out in the order they were made.
 */
@Entity('webhook_deliveries')
@Index('ix_webhook_deliveries_due', ['next_attempt_at'], { where: `"status" IN ('pending', 'delivering')` })
@Index('ix_webhook_deliveries_webhook', ['webhook_id', 'id'])
@Index('ix_webhook_deliveries_order', ['webhook_id', 'resource', 'record_id', 'id'], { where: `"status" IN ('pending', 'delivering')` })
@Check('chk_webhook_deliveries_status', oneOf('status', DELIVERY_STATUSES))
@Check('chk_webhook_deliveries_attempts', atLeast('attempts', 0))
export class WebhookDelivery extends Timestamped {
  @Column({ type: 'int' })
  webhook_id: number;

  @ManyToOne('Webhook', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'webhook_id', foreignKeyConstraintName: 'fk_webhook_deliveries_webhook' })
  webhook?: Relation<Webhook>;

  /** The webhook-id header: the same on every try and replay, so receivers can drop duplicates. */
  @Column({ type: 'varchar', length: 64 })
  message_id: string;

  /** "releases.updated", "release.published", "purge". */
  @Column({ type: 'varchar', length: 100 })
  event_type: string;

  @Column({ type: 'varchar', length: 64 })
  resource: string;

  @Column({ type: 'int' })
  record_id: number;

  /** The JSON sent, fixed when the change committed. */
  @Column({ type: 'text' })
  body: string;

  @Column({ type: 'varchar', length: 20, default: 'pending' })
  status: DeliveryStatus;

  @Column({ type: 'int', default: 0 })
  attempts: number;

  /** When it is due (pending), or when its claim lapses (delivering). */
  @Column({ type: 'timestamptz', default: () => 'now()' })
  next_attempt_at: Date;

  @Column({ type: 'int', nullable: true })
  last_status_code: number | null;

  @Column({ type: 'text', nullable: true })
  last_error: string | null;

  @Column({ type: 'int', nullable: true })
  last_duration_ms: number | null;

  /** The start of the receiver's last answer. */
  @Column({ type: 'varchar', length: 500, nullable: true })
  response_excerpt: string | null;

  /** The latest tries, newest last (at most 20). */
  @Column({ type: 'jsonb', default: () => "'[]'" })
  attempt_log: DeliveryAttempt[];

  @Column({ type: 'timestamptz', nullable: true })
  delivered_at: Date | null;
}
