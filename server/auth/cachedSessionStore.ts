import session from 'express-session';
import { sessionKey, type AuthCache } from './authCache.js';

type Callback = (error?: unknown) => void;

/**
 * A session store that remembers the sessions it reads in the auth cache, so a signed-in read
 * needs no round trip for its session. Every change through this store forgets the session here at
 * once; the sessions table's trigger tells the other processes (and this one, for changes made
 * elsewhere: a password change ending other sessions, the pruning of expired ones).
 */
export class CachedSessionStore extends session.Store {
  constructor(
    private readonly inner: session.Store,
    private readonly cache: AuthCache,
  ) {
    super();
  }

  override get(sid: string, callback: (error: unknown, session?: session.SessionData | null) => void): void {
    const cached = this.cache.get<string>(sessionKey(sid));
    if (cached !== undefined) {
      // A copy each time: express-session mutates what it is given.
      const data = JSON.parse(cached) as session.SessionData;
      const expires = data.cookie?.expires;
      if (!expires || new Date(expires).getTime() > Date.now()) return callback(null, data);
      this.cache.forget(sessionKey(sid));
    }
    const since = this.cache.generation;
    this.inner.get(sid, (error, data) => {
      if (!error && data) this.cache.set(sessionKey(sid), data.userId ?? 0, JSON.stringify(data), since);
      callback(error, data);
    });
  }

  override set(sid: string, data: session.SessionData, callback?: Callback): void {
    this.cache.forget(sessionKey(sid));
    this.inner.set(sid, data, (error) => {
      this.cache.forget(sessionKey(sid));
      callback?.(error);
    });
  }

  override destroy(sid: string, callback?: Callback): void {
    this.cache.forget(sessionKey(sid));
    this.inner.destroy(sid, (error) => {
      this.cache.forget(sessionKey(sid));
      callback?.(error);
    });
  }

  override touch(sid: string, data: session.SessionData, callback?: () => void): void {
    if (this.inner.touch) this.inner.touch(sid, data, callback);
    else callback?.();
  }
}
