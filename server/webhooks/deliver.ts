import type { OutboundConfig, WebhookConfig } from '../config.js';
import type { Sql } from '../db/sql.js';
import type { WebhookKind } from '../entities/Webhook.js';
import { logger } from '../logger.js';
import { OutboundError, outboundRequest, type OutboundPolicy, type OutboundResponse } from '../outbound/request.js';
import { signedHeaders } from './secrets.js';

export interface DeliverySettings extends WebhookConfig {
  outbound: OutboundPolicy;
}

/** The deliverer's settings from the configuration. */
export const deliverySettings = (webhooks: WebhookConfig, outbound: OutboundConfig): DeliverySettings => ({
  ...webhooks,
  outbound: { allowPrivate: outbound.allowPrivate },
});

export interface DeliveryCounts {
  delivered: number;
  retried: number;
  failed: number;
}

export interface Claimed {
  id: number;
  webhook_id: number;
  message_id: string;
  event_type: string;
  resource: string;
  body: string;
  attempts: number;
}

interface Target {
  id: number;
  kind: WebhookKind;
  url: string;
  secret: string;
  /** The previous secret while its overlap lasts. */
  previous: string | null;
  service_id: string | null;
  headers: Record<string, string>;
}

/**
 * Claims due deliveries of active webhooks, oldest first, and at most one per record and webhook: a
 * delivery waits while an earlier one for the same record is undelivered (pending, retrying or in
 * flight), so a receiver never hears of a later change first. SKIP LOCKED lets deliverers of several
 * processes claim side by side; the claim (a lease) commits before anything is sent. Purges are not
 * ordered: they are sent together, per target.
 */
const CLAIM = `
  UPDATE webhook_deliveries d
     SET status = 'delivering', attempts = d.attempts + 1, next_attempt_at = now() + make_interval(secs => $2)
    FROM (
      SELECT d.id FROM webhook_deliveries d JOIN webhooks w ON w.id = d.webhook_id AND w.state = 'active'
       WHERE d.status IN ('pending', 'delivering') AND d.next_attempt_at <= now()
         AND (d.resource = 'purge' OR NOT EXISTS (
               SELECT 1 FROM webhook_deliveries e
                WHERE e.webhook_id = d.webhook_id AND e.resource = d.resource AND e.record_id = d.record_id
                  AND e.id < d.id AND e.status IN ('pending', 'delivering')))
       ORDER BY d.id LIMIT $1
       FOR UPDATE OF d SKIP LOCKED
    ) due
   WHERE d.id = due.id
  RETURNING d.id, d.webhook_id, d.message_id, d.event_type, d.resource, d.body, d.attempts`;

const TARGETS = `
  SELECT w.id, w.kind, w.url, w.secret, w.service_id,
         CASE WHEN w.previous_secret_expires > now() THEN w.previous_secret END AS previous,
         coalesce((SELECT jsonb_object_agg(h.name, h.secret_value) FROM webhook_headers h WHERE h.webhook_id = w.id), '{}') AS headers
    FROM webhooks w WHERE w.id = ANY($1)`;

// The latest 20 tries are kept; each update only touches a delivery still holding this claim.
const LOG = `attempt_log = CASE WHEN jsonb_array_length(attempt_log) >= 20 THEN (attempt_log - 0) || $3::jsonb ELSE attempt_log || $3::jsonb END`;
const DELIVERED = `
  UPDATE webhook_deliveries SET status = 'delivered', delivered_at = now(), last_status_code = $4, last_error = NULL,
         last_duration_ms = $5, response_excerpt = $6, ${LOG}
   WHERE id = $1 AND status = 'delivering' AND attempts = $2`;
const FAILED = `
  UPDATE webhook_deliveries SET last_status_code = $4, last_error = $7, last_duration_ms = $5, response_excerpt = $6, ${LOG},
         status = CASE WHEN $8::boolean OR attempts >= $9 THEN 'failed' ELSE 'pending' END,
         next_attempt_at = CASE WHEN $8::boolean OR attempts >= $9 THEN now() ELSE now() + make_interval(secs => $10) END
   WHERE id = $1 AND status = 'delivering' AND attempts = $2
  RETURNING status`;
const HEALTHY = `UPDATE webhooks SET consecutive_failures = 0 WHERE id = $1 AND consecutive_failures <> 0`;
// Failing too often pauses a webhook (its deliveries wait for a resume); a 410 disables it.
const UNHEALTHY = `
  UPDATE webhooks SET consecutive_failures = consecutive_failures + 1,
         state = CASE WHEN $2::boolean THEN 'disabled' WHEN consecutive_failures + 1 >= $3 THEN 'paused' ELSE state END,
         state_reason = CASE WHEN $2::boolean THEN $4
                             WHEN consecutive_failures + 1 >= $3 AND state = 'active' THEN $5 ELSE state_reason END
   WHERE id = $1 AND state = 'active'
  RETURNING state`;

/** About twice as long after each failed try, up to the cap, each delay drawn from its upper half ("equal jitter"). */
export function retryDelay(attempts: number, baseSeconds: number, maxSeconds: number, random = Math.random): number {
  const full = Math.min(maxSeconds, baseSeconds * 2 ** Math.max(0, attempts - 1));
  return full / 2 + random() * (full / 2);
}

/** The start of an answer, as text a log can show: control characters (but tabs and line breaks) dropped. */
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000B-\u001F]/g;
const excerpt = (response: OutboundResponse | undefined) => response?.body.toString('utf8', 0, 500).replace(CONTROL, '') ?? null;

/** One POST to a webhook: the body as recorded, Standard Webhooks' headers signed for this try, the webhook's own headers. */
function send(target: Target, delivery: Claimed, settings: DeliverySettings) {
  const secrets = [target.secret, ...(target.previous ? [target.previous] : [])];
  const own = Object.fromEntries(
    Object.entries(target.headers).filter(([name]) => !/^(webhook-|content-type$|content-length$|host$)/i.test(name)),
  );
  return outboundRequest(
    {
      method: 'POST',
      url: target.url,
      headers: { ...own, 'Content-Type': 'application/json', ...signedHeaders(delivery.message_id, delivery.body, secrets) },
      body: delivery.body,
      timeoutMs: settings.timeoutMs,
      maxResponseBytes: 4096,
    },
    settings.outbound,
  );
}

/** One purge of a CDN target: every key its claimed deliveries name, in requests of at most 256 keys (Fastly's limit). */
async function purge(target: Target, deliveries: Claimed[], settings: DeliverySettings): Promise<OutboundResponse> {
  const keys = [...new Set(deliveries.flatMap((d) => (JSON.parse(d.body) as { keys: string[] }).keys))].sort();
  let last: OutboundResponse | undefined;
  for (let i = 0; i < keys.length; i += 256) {
    last = await outboundRequest(
      {
        method: 'POST',
        url: `${target.url.replace(/\/$/, '')}/service/${encodeURIComponent(target.service_id ?? '')}/purge`,
        headers: { 'Fastly-Key': target.secret, 'Surrogate-Key': keys.slice(i, i + 256).join(' '), Accept: 'application/json' },
        timeoutMs: settings.timeoutMs,
        maxResponseBytes: 4096,
      },
      settings.outbound,
    );
    if (last.status < 200 || last.status >= 300) return last;
  }
  return last!;
}

/** Records what one try came to: delivered, to be retried, or failed for good (410, or out of tries). */
async function settle(
  sql: Sql,
  target: Target,
  deliveries: Claimed[],
  outcome: OutboundResponse | OutboundError,
  settings: DeliverySettings,
  counts: DeliveryCounts,
) {
  const response = outcome instanceof OutboundError ? undefined : outcome;
  const status = response?.status ?? null;
  const duration = outcome.durationMs;
  const ok = status !== null && status >= 200 && status < 300;
  const gone = status === 410;
  const error = ok ? null : response ? `The receiver answered ${status}.` : (outcome as OutboundError).message;
  const entry = JSON.stringify([{ at: new Date().toISOString(), status, duration_ms: duration, ...(error && { error }) }]);
  for (const delivery of deliveries) {
    if (ok) {
      await sql.query(DELIVERED, [delivery.id, delivery.attempts, entry, status, duration, excerpt(response)]);
      counts.delivered++;
      continue;
    }
    const delay = retryDelay(delivery.attempts, settings.retryBaseSeconds, settings.retryMaxSeconds);
    const [row] = await sql.query<{ status: string }>(FAILED, [
      delivery.id,
      delivery.attempts,
      entry,
      status,
      duration,
      excerpt(response),
      error,
      gone,
      settings.maxAttempts,
      delay,
    ]);
    if (row?.status === 'failed') counts.failed++;
    else if (row) counts.retried++;
  }
  if (ok) await sql.query(HEALTHY, [target.id]);
  else {
    const when = new Date().toISOString();
    await sql.query(UNHEALTHY, [
      target.id,
      gone,
      settings.pauseAfterFailures,
      `Disabled: the receiver answered 410 Gone at ${when}. Re-enable it once it wants events again.`,
      `Paused after ${settings.pauseAfterFailures} failed tries in a row (last at ${when}: ${error}). Its deliveries wait; resume it once the receiver is back.`,
    ]);
    logger.warn({ webhook: target.id, status, error }, 'webhook delivery failed');
  }
}

/** Sends claimed deliveries side by side (at most `concurrency`) and records each outcome. */
export async function deliverClaimed(
  sql: Sql,
  settings: DeliverySettings,
  claimed: readonly Claimed[],
  counts: DeliveryCounts,
): Promise<void> {
  const targets = new Map(
    (await sql.query<Target>(TARGETS, [[...new Set(claimed.map((d) => d.webhook_id))]])).map((t) => [t.id, t] as const),
  );
  // A unit of work: one webhook delivery, or every purge of one CDN target.
  const units: { target: Target; deliveries: Claimed[] }[] = [];
  const purges = new Map<number, Claimed[]>();
  for (const delivery of claimed) {
    const target = targets.get(delivery.webhook_id);
    if (!target) continue; // deleted meanwhile: its deliveries went with it
    if (target.kind === 'fastly_purge') purges.set(target.id, [...(purges.get(target.id) ?? []), delivery]);
    else units.push({ target, deliveries: [delivery] });
  }
  for (const [id, deliveries] of purges) units.push({ target: targets.get(id)!, deliveries });
  let next = 0;
  const lane = async () => {
    while (next < units.length) {
      const { target, deliveries } = units[next++];
      const outcome = await (
        target.kind === 'fastly_purge' ? purge(target, deliveries, settings) : send(target, deliveries[0], settings)
      ).catch((error: unknown) => (error instanceof OutboundError ? error : new OutboundError(String(error), 'network')));
      await settle(sql, target, deliveries, outcome, settings, counts);
    }
  };
  await Promise.all(Array.from({ length: Math.min(settings.concurrency, units.length) }, lane));
}

/** Delivers what is due, round after round, until nothing is: each round claims a batch and sends it. */
export async function deliverDue(sql: Sql, settings: DeliverySettings, batchSize = 100): Promise<DeliveryCounts> {
  const counts: DeliveryCounts = { delivered: 0, retried: 0, failed: 0 };
  for (let round = 0; round < 100; round++) {
    const claimed = await sql.query<Claimed>(CLAIM, [batchSize, settings.leaseSeconds]);
    if (!claimed.length) break;
    await deliverClaimed(sql, settings, claimed, counts);
    if (claimed.length < batchSize) break;
  }
  return counts;
}
