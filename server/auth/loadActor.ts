import type { Sql } from '../db/sql.js';
import { tokenKey, userKey, type AuthCache } from './authCache.js';
import type { RoleSlug } from '../domain/enums.js';
import type { Actor } from './permissions.js';

interface ActorRow {
  id: number;
  username: string;
  email: string;
  first_name: string | null;
  last_name: string | null;
  is_superuser: boolean;
  is_active: boolean;
  roles: RoleSlug[];
  token_id?: number;
  expires?: Date | null;
  last_used?: Date | null;
}

const USER_COLUMNS = `u.id, u.username, u.email, u.first_name, u.last_name, u.is_superuser, u.is_active,
  ARRAY(SELECT r.slug FROM user_roles ur JOIN roles r ON r.id = ur.role_id WHERE ur.user_id = u.id ORDER BY 1) AS roles`;

// Frozen: a cached actor is shared by every request that presents the same token or session.
const toActor = (row: ActorRow, tokenId: number | null): Actor =>
  Object.freeze({
    id: row.id,
    username: row.username,
    email: row.email,
    first_name: row.first_name,
    last_name: row.last_name,
    isSuperuser: row.is_superuser,
    roles: Object.freeze(row.roles) as RoleSlug[],
    tokenId,
  });

/** The user a session belongs to, read fresh on every request so deactivation and role changes apply at once. */
export async function actorForUser(sql: Sql, userId: number): Promise<Actor | undefined> {
  const [row] = await sql.query<ActorRow>(`SELECT ${USER_COLUMNS} FROM users u WHERE u.id = $1`, [userId]);
  return row?.is_active ? toActor(row, null) : undefined;
}

/** Who a token or a session's user is: see cachedActors. */
export interface Actors {
  forToken(tokenHash: string): Promise<Actor | undefined>;
  forUser(userId: number): Promise<Actor | undefined>;
}

interface TokenHolder {
  actor: Actor;
  expires: number | null;
  lastUsed: number | null;
}

const live = (holder: TokenHolder) => holder.expires === null || holder.expires > Date.now();

async function tokenHolder(sql: Sql, tokenHash: string): Promise<TokenHolder | undefined> {
  const [row] = await sql.query<ActorRow>(
    `SELECT ${USER_COLUMNS}, t.id AS token_id, t.expires, t.last_used FROM auth_tokens t JOIN users u ON u.id = t.user_id WHERE t.token_hash = $1`,
    [tokenHash],
  );
  if (!row?.is_active) return undefined;
  return { actor: toActor(row, row.token_id!), expires: row.expires?.getTime() ?? null, lastUsed: row.last_used?.getTime() ?? null };
}

/** Records when a token was last used, at most once a minute; a token's listing shows it, nothing depends on it. */
async function markUsed(sql: Sql, holder: TokenHolder): Promise<void> {
  if (holder.lastUsed !== null && Date.now() - holder.lastUsed <= 60_000) return;
  await sql.query('UPDATE auth_tokens SET last_used = now() WHERE id = $1', [holder.actor.tokenId]);
  holder.lastUsed = Date.now();
}

/**
 * Who a token, or a session's user, is, through the auth cache: a hit costs no round trip. What is cached
 * is forgotten when its user, roles, token or session change (authChanges.ts); a token's expiry is
 * checked at every use.
 */
export function cachedActors(sql: Sql, cache: AuthCache): Actors {
  return {
    async forToken(tokenHash: string): Promise<Actor | undefined> {
      const key = tokenKey(tokenHash);
      let holder = cache.get<TokenHolder>(key);
      if (!holder) {
        const since = cache.generation;
        holder = await tokenHolder(sql, tokenHash);
        if (holder) cache.set(key, holder.actor.id, holder, since);
      }
      if (!holder || !live(holder)) return undefined;
      await markUsed(sql, holder);
      return holder.actor;
    },
    async forUser(userId: number): Promise<Actor | undefined> {
      const key = userKey(userId);
      const hit = cache.get<Actor>(key);
      if (hit) return hit;
      const since = cache.generation;
      const actor = await actorForUser(sql, userId);
      if (actor) cache.set(key, userId, actor, since);
      return actor;
    },
  };
}
