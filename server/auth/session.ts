import { randomBytes } from 'node:crypto';
import connectPgSimple from 'connect-pg-simple';
import session from 'express-session';
import type { RequestHandler } from 'express';
import type { DataSource } from 'typeorm';
import { poolOf } from '../db/sql.js';
import type { AuthCache } from './authCache.js';
import { CachedSessionStore } from './cachedSessionStore.js';

declare module 'express-session' {
  interface SessionData {
    userId: number;
    csrfToken: string;
  }
}

export const SESSION_COOKIE = 'pyorg.sid';
const SESSION_HOURS = 12;

/**
 * The secret that signs session cookies. Every process must use the same one, so without
 * SESSION_SECRET the first process to start generates it and stores it in the database.
 */
export async function sessionSecret(db: DataSource): Promise<string> {
  if (process.env.SESSION_SECRET) return process.env.SESSION_SECRET;
  await db.query(`INSERT INTO settings (key, value) VALUES ('session_secret', $1) ON CONFLICT (key) DO NOTHING`, [
    randomBytes(32).toString('base64url'),
  ]);
  const [row] = await db.query(`SELECT value FROM settings WHERE key = 'session_secret'`);
  return row.value;
}

/**
 * Sessions live in PostgreSQL (the sessions table), so every server process shares them; what is
 * read of them is cached (cachedSessionStore.ts). Only a request that carries the session cookie, or
 * goes to /auth/ (where sessions begin and end), pays for session handling: an API token's request
 * never gets a session id generated for nothing.
 */
export function sessionMiddleware(db: DataSource, secret: string, cache: AuthCache): RequestHandler {
  const PgStore = connectPgSimple(session);
  const handle = session({
    name: SESSION_COOKIE,
    secret,
    store: new CachedSessionStore(
      new PgStore({ pool: poolOf(db), tableName: 'sessions', createTableIfMissing: false, disableTouch: true }),
      cache,
    ),
    resave: false,
    saveUninitialized: false,
    cookie: { httpOnly: true, sameSite: 'lax', secure: 'auto', maxAge: SESSION_HOURS * 3600 * 1000, path: '/' },
  });
  const cookie = `${SESSION_COOKIE}=`;
  return (req, res, next) => (req.headers.cookie?.includes(cookie) || req.path.startsWith('/auth/') ? handle(req, res, next) : next());
}
