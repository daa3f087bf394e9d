import path from 'node:path';
import type { Config } from '../config.js';
import { DEMO_SUBMITTER } from '../seed/demo/accounts.js';
import type { PreparedDatabase } from './prepareDatabase.js';

export interface BannerFacts extends PreparedDatabase {
  url: string;
  /** How the admin's password was chosen when it was created now from ADMIN_PASSWORD. */
  adminPasswordGiven: boolean;
  /** DATABASE_URL, or unset for the embedded PostgreSQL in embeddedDir. */
  databaseUrl: string | undefined;
  embeddedDir: string;
  embeddedPort: number;
  demoCredentialsFile: string;
}

type BannerConfig = Pick<
  Config,
  'host' | 'port' | 'adminPassword' | 'databaseUrl' | 'embeddedDir' | 'embeddedPort' | 'demoCredentialsFile'
>;

/** What the banner says, from the configuration and what preparing the database found. */
export function bannerFacts(config: BannerConfig, prepared: PreparedDatabase): BannerFacts {
  return {
    ...prepared,
    url: serverUrl(config.host, config.port),
    adminPasswordGiven: config.adminPassword !== undefined,
    databaseUrl: config.databaseUrl,
    embeddedDir: config.embeddedDir,
    embeddedPort: config.embeddedPort,
    demoCredentialsFile: config.demoCredentialsFile,
  };
}

/** A path under the working directory as the user would type it; any other in full. */
const shown = (file: string) => {
  const relative = path.relative(process.cwd(), file);
  return relative && !relative.startsWith('..') && !path.isAbsolute(relative) ? relative : file;
};

/** Where the data lives, never with a password. */
function whereData(facts: BannerFacts): string {
  if (!facts.databaseUrl) return `embedded PostgreSQL in ${shown(facts.embeddedDir)} (port ${facts.embeddedPort})`;
  try {
    const url = new URL(facts.databaseUrl);
    const user = url.username ? ` as ${decodeURIComponent(url.username)}` : '';
    return `PostgreSQL at ${url.host}${url.pathname}${user} (DATABASE_URL)`;
  } catch {
    return 'the PostgreSQL of DATABASE_URL';
  }
}

function adminLine({ admin, adminPasswordGiven }: BannerFacts): string {
  const how = admin.generatedPassword
    ? `password: ${admin.generatedPassword}  (generated now and shown this once; ADMIN_PASSWORD chooses it)`
    : admin.created && adminPasswordGiven
      ? 'password: ADMIN_PASSWORD'
      : '';
  return row(admin.username, 'superuser', how);
}

const row = (username: string, role: string, how: string) => `    ${username.padEnd(14)} ${role.padEnd(17)} ${how}`.trimEnd();

function demoLines(facts: BannerFacts): string[] {
  const { loaded, signIn } = facts.demo;
  if (!signIn) {
    if (!loaded) return [];
    return facts.databaseUrl
      ? [
          '  The demo accounts cannot sign in here: they get a password only on the embedded database,',
          '  or from DEMO_PASSWORD set before the demo is loaded.',
        ]
      : [
          '  The demo accounts have no password this server knows: the demo was loaded without one,',
          `  or ${shown(facts.demoCredentialsFile)} is gone.`,
        ];
  }
  const file = shown(facts.demoCredentialsFile);
  const password = signIn.newPassword ?? (signIn.source === 'generated' ? `the one in ${file}` : 'DEMO_PASSWORD');
  const lines = signIn.accounts.map((account) => row(account.username, account.label, `password: ${password}`));
  lines.push(`  Job submitters without a role, such as ${DEMO_SUBMITTER}, use the demo password too.`);
  if (signIn.newPassword) lines.push(`  The demo password is kept in ${file} (readable by you only).`);
  if (signIn.fillablePassword) lines.push('  On the sign-in page, "Try a role" fills in a demo account for you.');
  return lines;
}

/** What a person needs after `npm start`, in plain text: where to go, who to be, where the data is, what next. */
export function startBanner(facts: BannerFacts): string {
  return [
    '',
    `python.org back office is ready: ${facts.url}`,
    '',
    '  Sign in as',
    adminLine(facts),
    ...demoLines(facts),
    '',
    `  Data   ${whereData(facts)}`,
    '  Next   npm test      run the test suite',
    '         npm run dev   the API and the admin with live reload (http://localhost:5173/)',
    '',
    '',
  ].join('\n');
}

/** The address to open: a wildcard listening address is reached as localhost. */
export function serverUrl(host: string, port: number): string {
  const name = host === '0.0.0.0' || host === '::' || host === '' ? 'localhost' : host.includes(':') ? `[${host}]` : host;
  return `http://${name}:${port}/`;
}
