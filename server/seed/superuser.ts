import { randomBytes } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { createUser } from './users.js';

export interface SuperuserResult {
  username: string;
  created: boolean;
  /** Set only when we generated it: the caller prints it once. */
  generatedPassword?: string;
}

/**
 * Makes sure someone can sign in: if no active superuser exists, create one from
 * ADMIN_USERNAME / ADMIN_PASSWORD, or with a generated password.
 */
export async function ensureSuperuser(
  db: DataSource,
  opts: { username: string; email: string; password?: string },
): Promise<SuperuserResult> {
  const existing: { username: string }[] = await db.query(
    'SELECT username FROM users WHERE is_superuser AND is_active ORDER BY id LIMIT 1',
  );
  if (existing.length) return { username: existing[0].username, created: false };
  const password = opts.password ?? randomBytes(12).toString('base64url');
  const [taken] = await db.query('SELECT id FROM users WHERE lower(username) = lower($1)', [opts.username]);
  if (taken)
    throw new Error(
      `No active superuser exists and the username "${opts.username}" is taken: set ADMIN_USERNAME, or promote a user with "npm run user -- promote <name>".`,
    );
  await createUser(db, { username: opts.username, email: opts.email, password, superuser: true, firstName: 'Administrator' });
  return { username: opts.username, created: true, generatedPassword: opts.password ? undefined : password };
}
