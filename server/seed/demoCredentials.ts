import fs from 'node:fs';
import path from 'node:path';
import type { DemoAccount } from './demo/accounts.js';

const PASSWORD_LINE = /^password: (.+)$/m;

/**
 * Keeps a generated demo password where its owner can read it later: mode 0600 from the moment
 * the file exists (an older file is removed first, as a mode is only set on creation).
 */
export function writeDemoCredentials(file: string, password: string, accounts: readonly DemoAccount[]): void {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.rmSync(file, { force: true });
  const text = [
    '# Demo accounts of the embedded database, generated at its first start. They sign in only there.',
    `password: ${password}`,
    ...accounts.map((account) => `${account.username.padEnd(12)} ${account.label}`),
    '',
  ].join('\n');
  fs.writeFileSync(file, text, { mode: 0o600, flag: 'wx' });
}

/** The password a credentials file holds, if there is such a file. */
export function readDemoCredentials(file: string): string | undefined {
  try {
    return fs.readFileSync(file, 'utf8').match(PASSWORD_LINE)?.[1];
  } catch {
    return undefined;
  }
}

/** A file of another demo (the database was replaced) would fill the sign-in form with a wrong password. */
export function removeDemoCredentials(file: string): void {
  fs.rmSync(file, { force: true });
}
