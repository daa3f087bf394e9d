import { Check, Column, Entity, Index } from 'typeorm';
import { Timestamped } from './base.js';
import { atLeast, httpUrl, oneOf } from './checks.js';

export const WEBHOOK_KINDS = ['webhook', 'fastly_purge'] as const;
export const WEBHOOK_STATES = ['active', 'paused', 'disabled'] as const;
export type WebhookKind = (typeof WEBHOOK_KINDS)[number];
export type WebhookState = (typeof WEBHOOK_STATES)[number];

/**
 * Someone to tell when content changes (server/webhooks/): a URL that receives signed events
 * (Standard Webhooks), or a Fastly-compatible CDN whose surrogate keys are purged. Paused by staff or
 * by the deliverer after failing too often; disabled when the receiver answered 410 Gone.
 */
@Entity('webhooks')
@Check('chk_webhooks_kind', oneOf('kind', WEBHOOK_KINDS))
@Check('chk_webhooks_state', oneOf('state', WEBHOOK_STATES))
@Check('chk_webhooks_url', httpUrl('url'))
@Check('chk_webhooks_events', `jsonb_typeof("events") = 'array'`)
@Check('chk_webhooks_failures', atLeast('consecutive_failures', 0))
@Check('chk_webhooks_service', `"kind" <> 'fastly_purge' OR "service_id" IS NOT NULL`)
@Check('chk_webhooks_previous_secret', `("previous_secret" IS NULL) = ("previous_secret_expires" IS NULL)`)
@Index('ix_webhooks_state', ['state'])
export class Webhook extends Timestamped {
  @Column({ type: 'varchar', length: 200 })
  name: string;

  @Column({ type: 'varchar', length: 20, default: 'webhook' })
  kind: WebhookKind;

  /** Where events are posted; for a purge, the CDN API's base (https://api.fastly.com). */
  @Column({ type: 'varchar', length: 2000 })
  url: string;

  /** The event types it wants ("release.published", "pages.updated"); empty: every event. */
  @Column({ type: 'jsonb', default: () => "'[]'" })
  events: string[];

  /** Only events of this resource ("releases"); null: every resource. */
  @Column({ type: 'varchar', length: 64, nullable: true })
  resource_filter: string | null;

  /** The signing secret (whsec_…), or the CDN's API token: never returned. */
  @Column({ type: 'varchar', length: 200 })
  secret: string;

  /** The secret before the last rotation, still signing alongside the new one until it expires. */
  @Column({ type: 'varchar', length: 200, nullable: true })
  previous_secret: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  previous_secret_expires: Date | null;

  /** The CDN service whose keys a purge target purges. */
  @Column({ type: 'varchar', length: 200, nullable: true })
  service_id: string | null;

  @Column({ type: 'varchar', length: 20, default: 'active' })
  state: WebhookState;

  /** Why it is paused or disabled, in words (staff's choice, failures, a 410). */
  @Column({ type: 'text', nullable: true })
  state_reason: string | null;

  /** Deliveries that failed in a row; reset by a success. */
  @Column({ type: 'int', default: 0 })
  consecutive_failures: number;
}
