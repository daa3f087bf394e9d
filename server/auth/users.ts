import type { DataSource } from 'typeorm';
import type { RoleSlug } from '../domain/enums.js';
import { hashPassword } from './passwords.js';

export interface NewUser {
  username: string;
  email: string;
  password: string;
  superuser?: boolean;
  roles?: RoleSlug[];
  firstName?: string;
}

/** Creates a user with a hashed password and roles: the CLI, the first-run superuser and tests use this. */
export async function createUser(db: DataSource, user: NewUser): Promise<number> {
  return db.transaction(async (em) => {
    const [{ id }] = await em.query(
      `INSERT INTO users (username, email, password_hash, first_name, is_staff, is_superuser) VALUES ($1, $2, $3, $4, $5, $6) RETURNING id`,
      [
        user.username,
        user.email,
        await hashPassword(user.password),
        user.firstName ?? null,
        !!user.superuser || !!user.roles?.length,
        !!user.superuser,
      ],
    );
    if (user.roles?.length) {
      await em.query(`INSERT INTO user_roles (user_id, role_id) SELECT $1, id FROM roles WHERE slug = ANY($2)`, [id, user.roles]);
    }
    return id;
  });
}

/** Sets a user's password and ends their sessions, so a reset locks out whoever had it. */
export async function setPassword(db: DataSource, username: string, password: string): Promise<boolean> {
  const hash = await hashPassword(password);
  return db.transaction(async (em) => {
    const [user] = await em.query(`SELECT id FROM users WHERE lower(username) = lower($1)`, [username]);
    if (!user) return false;
    await em.query('UPDATE users SET password_hash = $1 WHERE id = $2', [hash, user.id]);
    await em.query('DELETE FROM sessions WHERE user_id = $1', [user.id]);
    return true;
  });
}
