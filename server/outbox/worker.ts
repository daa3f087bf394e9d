import type { DataSource } from 'typeorm';
import { sqlOf } from '../db/sql.js';
import { logger } from '../logger.js';
import { describeSendError, headerRefusal, type Mailer } from './mailer.js';

export interface DeliveryOptions {
  /** Tries before a message is marked failed (and kept). */
  maxAttempts?: number;
  /** Messages claimed per round; rounds repeat until no due message is left. */
  batchSize?: number;
  /** The first retry waits this long; each next one twice as long, up to maxDelaySeconds. */
  baseDelaySeconds?: number;
  maxDelaySeconds?: number;
  /** How long a claim holds: a message still "sending" after it (its worker died) is due again. */
  leaseSeconds?: number;
  /** Strings to mask in stored errors, such as the SMTP password. */
  secrets?: readonly (string | undefined)[];
}

export interface DeliveryResult {
  sent: number;
  retried: number;
  failed: number;
}

interface Claimed {
  id: number;
  kind: string;
  recipients: string[];
  subject: string;
  body: string;
  attempts: number;
}

/** Capped exponential backoff after the n-th failed try (n >= 1). */
export function retryDelaySeconds(attempts: number, base = 60, cap = 3600): number {
  return Math.min(cap, base * 2 ** Math.max(0, attempts - 1));
}

/**
 * Claims due messages in one statement: SKIP LOCKED lets several processes claim side by side
 * without waiting on or taking each other's rows, and the claim itself (status "sending", a
 * lease in next_attempt_at) commits before any sending, so no connection is held during SMTP.
 */
const CLAIM = `
  UPDATE outbox o SET status = 'sending', attempts = o.attempts + 1, next_attempt_at = now() + make_interval(secs => $2)
  FROM (
    SELECT id FROM outbox
    WHERE status IN ('queued', 'sending') AND next_attempt_at <= now()
    ORDER BY next_attempt_at, id
    LIMIT $1
    FOR UPDATE SKIP LOCKED
  ) due
  WHERE o.id = due.id
  RETURNING o.id, o.kind, o.recipients, o.subject, o.body, o.attempts`;

// Both only touch a message still carrying this worker's claim (same attempt number), so a
// worker whose lease ran out cannot overwrite what the one that took over recorded.
const MARK_SENT = `UPDATE outbox SET status = 'sent', sent_at = now() WHERE id = $1 AND status = 'sending' AND attempts = $2`;
const MARK_FAILED = `
  UPDATE outbox SET last_error = $3,
    status = CASE WHEN attempts >= $4 THEN 'failed' ELSE 'queued' END,
    next_attempt_at = CASE WHEN attempts >= $4 THEN next_attempt_at ELSE now() + make_interval(secs => $5) END
  WHERE id = $1 AND status = 'sending' AND attempts = $2
  RETURNING status`;
// A message that must never be sent (headerRefusal) fails at once, without retries.
const MARK_REFUSED = `UPDATE outbox SET status = 'failed', last_error = $3 WHERE id = $1 AND status = 'sending' AND attempts = $2 RETURNING id`;

/**
 * Sends every due outbox message once. A message that fails is queued again with a growing
 * delay, and after `maxAttempts` tries marked failed; no message is ever deleted.
 */
export async function deliverOutbox(db: DataSource, mailer: Mailer, options: DeliveryOptions = {}): Promise<DeliveryResult> {
  const { maxAttempts = 8, batchSize = 20, baseDelaySeconds = 60, maxDelaySeconds = 3600, leaseSeconds = 300, secrets = [] } = options;
  const sql = sqlOf(db);
  const result: DeliveryResult = { sent: 0, retried: 0, failed: 0 };
  // Bounded so a flood of new messages cannot keep one tick going for ever; the next tick goes on.
  for (let round = 0; round < 50; round++) {
    const claimed = await sql.query<Claimed>(CLAIM, [batchSize, leaseSeconds]);
    for (const message of claimed) {
      const refusal = headerRefusal({ to: message.recipients, subject: message.subject });
      if (refusal) {
        const refused = await sql.query(MARK_REFUSED, [message.id, message.attempts, refusal]);
        if (refused.length) result.failed++;
        logger.warn(
          { outbox: message.id, kind: message.kind, error: refusal },
          'outbox: a message that must not be sent was marked failed',
        );
        continue;
      }
      try {
        await mailer.send({ id: message.id, kind: message.kind, to: message.recipients, subject: message.subject, text: message.body });
      } catch (error) {
        const reason = describeSendError(error, secrets);
        const delay = retryDelaySeconds(message.attempts, baseDelaySeconds, maxDelaySeconds);
        const [row] = await sql.query<{ status: string }>(MARK_FAILED, [message.id, message.attempts, reason, maxAttempts, delay]);
        const failed = row?.status === 'failed';
        if (failed) result.failed++;
        else result.retried++;
        logger.warn(
          {
            outbox: message.id,
            kind: message.kind,
            attempts: message.attempts,
            error: reason,
            ...(failed ? {} : { retryInSeconds: delay }),
          },
          failed ? 'outbox: giving up on a message after its last try (kept as failed)' : 'outbox: sending failed; will retry',
        );
        continue;
      }
      const updated = await sql.query(`${MARK_SENT} RETURNING id`, [message.id, message.attempts]);
      if (updated.length) result.sent++;
      else logger.warn({ outbox: message.id }, 'outbox: sent after its claim had lapsed; another worker may send it again');
    }
    if (claimed.length < batchSize) break;
  }
  return result;
}
