import { randomBytes } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { verifyPassword } from '../auth/passwords.js';
import type { Config } from '../config.js';
import { DEMO_ACCOUNTS, type DemoAccount } from './demo/accounts.js';
import { readDemoCredentials } from './demoCredentials.js';

type DemoConfig = Pick<Config, 'databaseUrl' | 'demoPassword' | 'demoCredentialsFile'>;

/** How the demo accounts sign in at this start, for the banner and the sign-in page. */
export interface DemoSignIn {
  /** The demo staff accounts that exist with a usable password. */
  accounts: readonly DemoAccount[];
  /** Where the password comes from: generated (and kept in the credentials file) or DEMO_PASSWORD. */
  source: 'generated' | 'DEMO_PASSWORD';
  /** Generated at this very start: the banner shows it this once. */
  newPassword?: string;
  /**
   * The password the sign-in page may fill in: only on the embedded database, whose demo accounts
   * exist on this machine alone. Never on DATABASE_URL's, which may be a real server's.
   */
  fillablePassword?: string;
}

/** The password the demo accounts get if the demo is loaded now; none on DATABASE_URL's database unless DEMO_PASSWORD says so. */
export function demoPasswordToSeed(config: DemoConfig): { password?: string; generated: boolean } {
  if (config.demoPassword) return { password: config.demoPassword, generated: false };
  if (config.databaseUrl) return { generated: false };
  return { password: randomBytes(12).toString('base64url'), generated: true };
}

/**
 * Which demo accounts can sign in, and with which password. A candidate counts only when it
 * verifies against their hash, so a stale credentials file, or a DEMO_PASSWORD set after the demo
 * was loaded, is never offered. `loaded` says whether the demo accounts exist at all.
 */
export async function findDemoSignIn(
  db: DataSource,
  config: DemoConfig,
  generatedNow?: string,
): Promise<{ loaded: boolean; signIn?: DemoSignIn }> {
  const rows: { username: string; password_hash: string }[] = await db.query(
    'SELECT username, password_hash FROM users WHERE username = ANY($1) AND is_active ORDER BY id',
    [DEMO_ACCOUNTS.map((account) => account.username)],
  );
  if (!rows.length) return { loaded: false };
  const embedded = !config.databaseUrl;
  const candidates: [string | undefined, DemoSignIn['source']][] = embedded
    ? [
        [generatedNow, 'generated'],
        [readDemoCredentials(config.demoCredentialsFile), 'generated'],
        [config.demoPassword, 'DEMO_PASSWORD'],
      ]
    : [[config.demoPassword, 'DEMO_PASSWORD']];
  for (const [password, source] of candidates) {
    if (!password || !(await verifyPassword(rows[0].password_hash, password))) continue;
    const usable: string[] = [];
    for (const row of rows) if (await verifyPassword(row.password_hash, password)) usable.push(row.username);
    const accounts = DEMO_ACCOUNTS.filter((account) => usable.includes(account.username));
    return {
      loaded: true,
      signIn: {
        accounts,
        source,
        newPassword: password === generatedNow ? password : undefined,
        fillablePassword: embedded ? password : undefined,
      },
    };
  }
  return { loaded: true };
}
