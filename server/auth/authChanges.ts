import pg from 'pg';
import { logger } from '../logger.js';
import { authChangesListening } from '../metrics/registry.js';
import type { AuthCache } from './authCache.js';

/** The channel the auth tables' triggers notify (migration AuthChangeNotify), in the transaction that changes them. */
export const AUTH_CHANNEL = 'auth_changed';
/** How the listening connection shows in pg_stat_activity: which process's listener it is. */
export const listenerName = (pid = process.pid) => `pydotorg-admin auth listener ${pid}`;

export interface AuthChangesOptions {
  /** How often the connection is checked; a check unanswered for as long counts as a lost connection. */
  pingMs?: number;
  /** Longest wait between reconnection attempts. */
  maxRetryMs?: number;
}

export interface AuthChanges {
  /** Resolves once listening for the first time (the cache is on from then). */
  ready: Promise<void>;
  /** Resolves once every change committed before the call has been applied to the cache. */
  caughtUp(): Promise<void>;
  close(): Promise<void>;
}

/**
 * Keeps `cache` true to the database across processes: one connection LISTENs to auth_changed and
 * each notification forgets what it names. While that connection is down (dropped, or silent past a
 * ping) the cache is off and empty, so nothing stale is served; it comes back on, empty, once the
 * listener reconnects. Whatever slips between a loss and its detection is bounded by the cache's TTL.
 */
export function listenForAuthChanges(databaseUrl: string, cache: AuthCache, options: AuthChangesOptions = {}): AuthChanges {
  const pingMs = options.pingMs ?? 5_000;
  const maxRetryMs = options.maxRetryMs ?? 5_000;
  let client: pg.Client | undefined;
  let closed = false;
  let retryMs = 500;
  let retryTimer: NodeJS.Timeout | undefined;
  let pingTimer: NodeJS.Timeout | undefined;
  let markReady: () => void;
  const ready = new Promise<void>((resolve) => (markReady = resolve));

  const lost = (current: pg.Client, reason: unknown) => {
    if (client !== current) return;
    client = undefined;
    clearInterval(pingTimer);
    cache.enabled = false;
    authChangesListening.set(0);
    current.removeAllListeners('notification');
    current.on('error', () => {});
    void current.end().catch(() => {});
    if (closed) return;
    logger.warn({ err: reason }, `lost the ${AUTH_CHANNEL} listener: the auth cache is off until it is back`);
    retryTimer = setTimeout(connect, retryMs);
    retryMs = Math.min(retryMs * 2, maxRetryMs);
  };

  const ping = (current: pg.Client) => {
    const silent = setTimeout(() => lost(current, new Error(`no answer to a check within ${pingMs} ms`)), pingMs);
    current.query('SELECT 1').then(
      () => clearTimeout(silent),
      (error) => {
        clearTimeout(silent);
        lost(current, error);
      },
    );
  };

  async function connect(): Promise<void> {
    if (closed) return;
    const current = new pg.Client({ connectionString: databaseUrl, application_name: listenerName(), keepAlive: true });
    client = current;
    current.on('error', (error) => lost(current, error));
    current.on('end', () => lost(current, new Error('the connection ended')));
    current.on('notification', (message) => {
      if (message.channel === AUTH_CHANNEL) cache.invalidate(message.payload ?? '');
    });
    try {
      await current.connect();
      await current.query(`LISTEN ${AUTH_CHANNEL}`);
    } catch (error) {
      lost(current, error);
      return;
    }
    if (client !== current) return;
    retryMs = 500;
    cache.enabled = true;
    authChangesListening.set(1);
    pingTimer = setInterval(() => ping(current), pingMs);
    pingTimer.unref();
    logger.debug(`listening on ${AUTH_CHANNEL}: the auth cache is on`);
    markReady();
  }

  void connect();
  return {
    ready,
    async caughtUp() {
      // Notifications committed before this query reach us before its answer does.
      await client?.query('SELECT 1').catch(() => {});
    },
    async close() {
      closed = true;
      clearTimeout(retryTimer);
      clearInterval(pingTimer);
      cache.enabled = false;
      authChangesListening.set(0);
      const current = client;
      client = undefined;
      current?.removeAllListeners('end');
      await current?.end().catch(() => {});
    },
  };
}
