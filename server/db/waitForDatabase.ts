import pg from 'pg';
import { redactUrl } from '../config.js';
import { logger } from '../logger.js';

export interface WaitOptions {
  /** Stops the waiting (shutdown requested); resolves false. */
  signal?: AbortSignal;
  /** Called after each attempt, so readiness can report the database's state. */
  onAttempt?: (reachable: boolean, reason?: string) => void;
  firstDelayMs?: number;
  maxDelayMs?: number;
}

/** What went wrong, without the connection string (pg's messages never carry the password). */
function describeConnectError(error: unknown): string {
  const { code, message } = error as { code?: string; message?: string };
  return [code, message].filter(Boolean).join(': ') || String(error);
}

const sleep = (ms: number, signal?: AbortSignal) =>
  new Promise<void>((resolve) => {
    const timer = setTimeout(resolve, ms);
    signal?.addEventListener('abort', () => (clearTimeout(timer), resolve()), { once: true });
  });

/**
 * Waits until PostgreSQL at `url` answers a query, retrying with capped exponential backoff
 * (0.5 s, 1 s, 2 s … up to 5 s) for as long as it takes: a database that comes up after the
 * server (a restart, a slow container) needs no restart of ours. Resolves false if aborted.
 */
export async function waitForDatabase(url: string, options: WaitOptions = {}): Promise<boolean> {
  const { signal, onAttempt, firstDelayMs = 500, maxDelayMs = 5_000 } = options;
  for (let attempt = 1; !signal?.aborted; attempt++) {
    const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 5_000 });
    client.on('error', () => {}); // a connection failing after connect() settles: nothing to do
    try {
      await client.connect();
      await client.query('SELECT 1');
      onAttempt?.(true);
      if (attempt > 1) logger.info({ database: redactUrl(url), attempts: attempt }, 'the database answers now');
      return true;
    } catch (error) {
      const reason = describeConnectError(error);
      const delay = Math.min(maxDelayMs, firstDelayMs * 2 ** (attempt - 1));
      onAttempt?.(false, reason);
      logger.warn(
        { database: redactUrl(url), attempt, retryInMs: delay, reason },
        `the database is not reachable (${reason}); retrying in ${(delay / 1000).toFixed(1)} s`,
      );
      await sleep(delay, signal);
    } finally {
      await client.end().catch(() => {});
    }
  }
  return false;
}
