import type { Sql } from '../db/sql.js';
import { logger } from '../logger.js';
import { headerRefusal } from './mailer.js';

export interface OutgoingMessage {
  /** What the message is about, e.g. "job.reject": for logs and for finding messages again. */
  kind: string;
  to: string[];
  subject: string;
  text: string;
}

/** Each address once (compared case-insensitively), blanks dropped, in the order given. */
export function uniqueAddresses(addresses: readonly (string | null | undefined)[]): string[] {
  const seen = new Set<string>();
  const result: string[] = [];
  for (const raw of addresses) {
    const address = raw?.trim();
    if (!address || seen.has(address.toLowerCase())) continue;
    seen.add(address.toLowerCase());
    result.push(address);
  }
  return result;
}

/**
 * Writes a message to the outbox on the caller's transaction: it is sent (by deliverOutbox)
 * only if that transaction commits, and it is never sent for a change that was rolled back.
 * Returns the outbox id, or null when there is nobody to send it to. Throws (and so rolls the caller
 * back) on a recipient that is not a plain address or a line break in a recipient or the subject:
 * callers build one-line subjects from validated addresses, so that is a bug, never a message to send.
 */
export async function enqueue(sql: Sql, message: OutgoingMessage): Promise<number | null> {
  const to = uniqueAddresses(message.to);
  if (!to.length) {
    logger.warn({ kind: message.kind, subject: message.subject }, 'outbox: a message with no recipients was not queued');
    return null;
  }
  const refusal = headerRefusal({ to, subject: message.subject });
  if (refusal) throw new Error(`outbox: ${message.kind} not queued. ${refusal}`);
  const [row] = await sql.query<{ id: number }>(
    'INSERT INTO outbox (kind, recipients, subject, body) VALUES ($1, $2, $3, $4) RETURNING id',
    [message.kind, to, message.subject, message.text],
  );
  return row.id;
}
