import type { Sql } from '../db/sql.js';
import { HttpError } from '../http/errors.js';

const WINDOW_SECONDS = 15 * 60;
export const LIMITS = { account: 5, address: 20 } as const;

/**
 * What the account limit counts: the account itself when the name (a username or an e-mail) is one,
 * so typing it another way gives no more tries; else the name as typed, so unknown names are limited too.
 */
export const accountOf = (userId: number | undefined, typed: string) =>
  userId === undefined ? `name:${typed.trim().toLowerCase()}` : `user:${userId}`;

const keys = (account: string, address: string) =>
  [
    ['account', `account:${account}`],
    ['address', `address:${address}`],
  ] as const;

/** 429 with Retry-After while an account (see accountOf) or an address has used up its failed attempts. */
export async function checkThrottle(sql: Sql, account: string, address: string): Promise<void> {
  for (const [kind, key] of keys(account, address)) {
    const [row] = await sql.query<{ failures: number; retry: number }>(
      `SELECT failures, ceil(extract(epoch FROM window_start + make_interval(secs => $2) - now()))::int AS retry
       FROM login_throttle WHERE key = $1 AND window_start > now() - make_interval(secs => $2)`,
      [key, WINDOW_SECONDS],
    );
    if (row && row.failures >= LIMITS[kind]) {
      throw new HttpError(429, `Too many failed sign-in attempts. Try again in ${Math.ceil(row.retry / 60)} minutes.`, undefined, {
        retry_after: row.retry,
      });
    }
  }
}

/** Counts a failure for both keys, in one statement each so concurrent processes cannot lose a count. */
export async function recordFailure(sql: Sql, account: string, address: string): Promise<void> {
  for (const [, key] of keys(account, address)) {
    await sql.query(
      `INSERT INTO login_throttle (key, failures, window_start) VALUES ($1, 1, now())
       ON CONFLICT (key) DO UPDATE SET
         failures = CASE WHEN login_throttle.window_start > now() - make_interval(secs => $2) THEN login_throttle.failures + 1 ELSE 1 END,
         window_start = CASE WHEN login_throttle.window_start > now() - make_interval(secs => $2) THEN login_throttle.window_start ELSE now() END`,
      [key, WINDOW_SECONDS],
    );
  }
}

export async function clearAccount(sql: Sql, account: string): Promise<void> {
  await sql.query('DELETE FROM login_throttle WHERE key = $1', [keys(account, '')[0][1]]);
}
