import { randomBytes } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { hashPassword } from '../auth/passwords.js';

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
  await db.query(
    `INSERT INTO users (username, email, password_hash, first_name, is_staff, is_superuser)
     VALUES ($1, $2, $3, 'Administrator', true, true)
     ON CONFLICT (username) DO UPDATE SET is_superuser = true, is_staff = true, is_active = true, password_hash = EXCLUDED.password_hash`,
    [opts.username, opts.email, await hashPassword(password)],
  );
  return { username: opts.username, created: true, generatedPassword: opts.password ? undefined : password };
}
