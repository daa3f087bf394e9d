import { Check, Column, Entity, Index, JoinColumn, ManyToOne, Unique } from 'typeorm';
import type { Relation } from 'typeorm';
import { Timestamped } from './base.js';
import { matches } from './checks.js';
import type { Webhook } from './Webhook.js';

/** A header every delivery of a webhook carries (a receiver's own auth): its name is shown, its value never. */
@Entity('webhook_headers')
@Unique('uq_webhook_headers_name', ['webhook_id', 'name'])
@Check('chk_webhook_headers_name', matches('name', '^[A-Za-z0-9-]{1,100}$', { message: 'Letters, digits and hyphens.' }))
export class WebhookHeader extends Timestamped {
  @Index('ix_webhook_headers_webhook')
  @Column({ type: 'int' })
  webhook_id: number;

  @ManyToOne('Webhook', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'webhook_id', foreignKeyConstraintName: 'fk_webhook_headers_webhook' })
  webhook?: Relation<Webhook>;

  @Column({ type: 'varchar', length: 100 })
  name: string;

  @Column({ type: 'varchar', length: 2000 })
  secret_value: string;
}
