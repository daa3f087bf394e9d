import type { DataSource } from 'typeorm';
import { validateBody } from '../crud/validate.js';
import { writeRecord } from '../crud/write/pipeline.js';
import type { RoleSlug } from '../domain/enums.js';
import { User } from '../entities/User.js';
import { registryFor } from './registry.js';

export interface NewUser {
  username: string;
  email: string;
  password: string;
  superuser?: boolean;
  roles?: RoleSlug[];
  firstName?: string;
}

/** Usernames are stored NFKC-normalised (the users resource's rule), so a name typed in another form still finds its user. */
const idOf = async (db: DataSource, username: string): Promise<number | undefined> =>
  (await db.query(`SELECT id FROM users WHERE lower(username) = lower($1)`, [username.normalize('NFKC')]))[0]?.id;

/**
 * Creates a user with a hashed password and roles, as the system (no person acting): the user
 * command, the first-run superuser and the tests' fixtures use this. The input is validated (and
 * normalised: usernames NFKC) by the users resource's own schema, as a `POST /api/users` body is;
 * a refusal is the same 422 HttpError, with the message of each field at fault.
 */
export async function createUser(db: DataSource, user: NewUser): Promise<number> {
  const registry = registryFor(db);
  const { model, schemas } = registry.of(User);
  const record = await registry.write(async (tx) => {
    const roles = await tx.sql.query<{ id: number }>('SELECT id FROM roles WHERE slug = ANY($1) ORDER BY id', [user.roles ?? []]);
    const body = {
      username: user.username,
      email: user.email,
      password: user.password,
      first_name: user.firstName ?? null,
      is_staff: !!user.superuser || !!user.roles?.length,
      is_superuser: !!user.superuser,
      role_ids: roles.map((r) => r.id),
    };
    const input = validateBody(schemas.create, body, new Set());
    return writeRecord(tx, model, { operation: 'create', actor: null, input });
  });
  return record.id as number;
}

/** Sets a user's password and ends their sessions, so a reset locks out whoever had it; false when there is no such user. */
export async function setPassword(db: DataSource, username: string, password: string): Promise<boolean> {
  const id = await idOf(db, username);
  if (id === undefined) return false;
  const registry = registryFor(db);
  await registry.write(async (tx) => {
    await writeRecord(tx, registry.of(User).model, { operation: 'update', actor: null, id, input: { password } });
    await tx.sql.query('DELETE FROM sessions WHERE user_id = $1', [id]);
  });
  return true;
}

/** Makes a user a superuser; false when there is no such user. */
export async function promoteToSuperuser(db: DataSource, username: string): Promise<boolean> {
  const id = await idOf(db, username);
  if (id === undefined) return false;
  const registry = registryFor(db);
  const input = { is_superuser: true, is_staff: true };
  await registry.write((tx) => writeRecord(tx, registry.of(User).model, { operation: 'update', actor: null, id, input }));
  return true;
}
