import type { CommittingListener } from '../crud/write/afterCommit.js';
import type { WebhookKind } from '../entities/Webhook.js';
import { webhookEvents, type WebhookEvent } from './events.js';
import { eventBody, publicRecords } from './payload.js';
import { purgeKeys } from './purgeKeys.js';
import { newMessageId } from './secrets.js';

interface Target {
  id: number;
  kind: WebhookKind;
  events: string[];
  resource_filter: string | null;
}

const wants = (target: Target, event: WebhookEvent) =>
  (target.events.length === 0 || target.events.includes(event.type)) &&
  (!target.resource_filter || target.resource_filter === event.resource);

const INSERT = `
  INSERT INTO webhook_deliveries (webhook_id, message_id, event_type, resource, record_id, body)
  SELECT * FROM unnest($1::int[], $2::text[], $3::text[], $4::text[], $5::int[], $6::text[])`;

/**
 * Writes the deliveries of a write's changes in its own transaction, just before it commits: they
 * exist exactly when the change does (a rolled-back write leaves none, a crash after the commit loses
 * none). Paused webhooks still collect theirs; disabled ones do not. A CDN target gets one purge of
 * every key the transaction made stale.
 */
export function recordDeliveries(origin: string): CommittingListener {
  return async (sql, commitEvents) => {
    const targets = await sql.query<Target>(`SELECT id, kind, events, resource_filter FROM webhooks WHERE state <> 'disabled'`);
    if (!targets.length) return;
    const events = webhookEvents(commitEvents);
    const rows: [number, string, string, string, number, string][] = [];
    const at = new Date().toISOString();
    const wanted = targets
      .filter((t) => t.kind === 'webhook')
      .flatMap((t) => events.filter((e) => wants(t, e)).map((e) => [t, e] as const));
    const records = await publicRecords(sql, [...new Set(wanted.map(([, e]) => e))], origin);
    for (const [target, event] of wanted) {
      rows.push([target.id, newMessageId(), event.type, event.resource, event.id, eventBody(event, at, records)]);
    }
    const purgers = targets.filter(
      (t) => t.kind === 'fastly_purge' && events.some((e) => !t.resource_filter || t.resource_filter === e.resource),
    );
    if (purgers.length) {
      const keys = await purgeKeys(sql, commitEvents);
      if (keys.length) for (const target of purgers) rows.push([target.id, newMessageId(), 'purge', 'purge', 0, JSON.stringify({ keys })]);
    }
    if (!rows.length) return;
    const columns = rows[0].map((_, i) => rows.map((row) => row[i]));
    await sql.query(INSERT, columns);
  };
}
