import { authCacheLookups } from '../metrics/registry.js';

interface Entry {
  userId: number;
  value: unknown;
  until: number;
}

export interface AuthCacheOptions {
  /** How long an entry is trusted without a new look-up: the bound on staleness should an invalidation be lost. */
  ttlMs: number;
  /** Entries kept at most; the oldest go first. */
  maxEntries?: number;
}

/**
 * Who a token or a session is (its user, roles and session data), remembered in this process so
 * that an authenticated read costs no round trip. It is only as good as its invalidations: it
 * answers only while `enabled`, which the listener of auth changes (authChanges.ts) turns on once
 * LISTEN is up and off, emptying it, whenever that connection is lost.
 *
 * A look-up that raced an invalidation is not stored: `set` takes the generation read before the
 * look-up began and drops the value if anything was forgotten since.
 */
export class AuthCache {
  private readonly entries = new Map<string, Entry>();
  private readonly ttlMs: number;
  private readonly maxEntries: number;
  private generationCount = 0;
  private on = false;

  constructor(options: AuthCacheOptions) {
    this.ttlMs = options.ttlMs;
    this.maxEntries = options.maxEntries ?? 10_000;
  }

  /** A cache that never answers: every request reads the database (no listener, or AUTH_CACHE_TTL_MS=0). */
  static disabled(): AuthCache {
    return new AuthCache({ ttlMs: 0 });
  }

  get enabled(): boolean {
    return this.on;
  }

  /** Turned on only while invalidations are known to arrive; turning it either way empties it. */
  set enabled(on: boolean) {
    this.clear();
    this.on = on && this.ttlMs > 0;
  }

  get generation(): number {
    return this.generationCount;
  }

  get size(): number {
    return this.entries.size;
  }

  get<T>(key: string): T | undefined {
    if (!this.on) {
      authCacheLookups.inc({ result: 'bypass' });
      return undefined;
    }
    const entry = this.entries.get(key);
    if (entry && entry.until > Date.now()) {
      authCacheLookups.inc({ result: 'hit' });
      return entry.value as T;
    }
    if (entry) this.entries.delete(key);
    authCacheLookups.inc({ result: 'miss' });
    return undefined;
  }

  /** Stores what a look-up found, unless something was forgotten since `since` (its generation when it began). */
  set(key: string, userId: number, value: unknown, since: number): void {
    if (!this.on || since !== this.generationCount) return;
    if (this.entries.size >= this.maxEntries) this.entries.delete(this.entries.keys().next().value!);
    this.entries.set(key, { userId, value, until: Date.now() + this.ttlMs });
  }

  forgetUser(userId: number): void {
    this.generationCount++;
    for (const [key, entry] of this.entries) if (entry.userId === userId) this.entries.delete(key);
  }

  forget(key: string): void {
    this.generationCount++;
    this.entries.delete(key);
  }

  clear(): void {
    this.generationCount++;
    this.entries.clear();
  }

  /** Applies one notification of the auth_changed channel: `user:<id>`, `session:<sid>`, or anything else (all). */
  invalidate(payload: string): void {
    const [kind, rest] = [payload.slice(0, payload.indexOf(':')), payload.slice(payload.indexOf(':') + 1)];
    if (kind === 'user' && /^\d+$/.test(rest)) this.forgetUser(Number(rest));
    else if (kind === 'session') this.forget(sessionKey(rest));
    else this.clear();
  }
}

export const tokenKey = (tokenHash: string) => `t:${tokenHash}`;
export const userKey = (userId: number) => `u:${userId}`;
export const sessionKey = (sid: string) => `s:${sid}`;
