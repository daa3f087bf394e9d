import type { Sql } from '../db/sql.js';
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

const toActor = (row: ActorRow, tokenId: number | null): Actor => ({
  id: row.id,
  username: row.username,
  email: row.email,
  first_name: row.first_name,
  last_name: row.last_name,
  isSuperuser: row.is_superuser,
  roles: row.roles,
  tokenId,
});

/** The user a session belongs to, read fresh on every request so deactivation and role changes apply at once. */
export async function actorForUser(sql: Sql, userId: number): Promise<Actor | undefined> {
  const [row] = await sql.query<ActorRow>(`SELECT ${USER_COLUMNS} FROM users u WHERE u.id = $1`, [userId]);
  return row?.is_active ? toActor(row, null) : undefined;
}

/** The owner of a live token, acting with their roles; records when the token was last used (at most once a minute). */
export async function actorForToken(sql: Sql, tokenHash: string): Promise<Actor | undefined> {
  const [row] = await sql.query<ActorRow>(
    `SELECT ${USER_COLUMNS}, t.id AS token_id, t.expires, t.last_used FROM auth_tokens t JOIN users u ON u.id = t.user_id WHERE t.token_hash = $1`,
    [tokenHash],
  );
  if (!row || !row.is_active || (row.expires && row.expires.getTime() <= Date.now())) return undefined;
  if (!row.last_used || Date.now() - row.last_used.getTime() > 60_000) {
    await sql.query('UPDATE auth_tokens SET last_used = now() WHERE id = $1', [row.token_id]);
  }
  return toActor(row, row.token_id!);
}
