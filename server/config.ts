import path from 'node:path';

/** Everything the server reads from the environment, read once. */
export interface Config {
  /** Unset: an embedded PostgreSQL is started under `embeddedDir`. */
  databaseUrl: string | undefined;
  port: number;
  host: string;
  adminUsername: string;
  adminPassword: string | undefined;
  adminEmail: string;
  embeddedDir: string;
  embeddedPort: number;
  /** Load the demo data set into an empty database at start-up. */
  seedDemo: boolean;
  logLevel: string;
  /** smtp://user:pass@host:587 or smtps://...; unset: outbox messages are logged instead of sent. */
  smtpUrl: string | undefined;
  /** The From of every message the outbox sends. */
  mailFrom: string;
  /** Copied on every job notification and used as Reply-To; empty: nobody. */
  jobsTeamEmail: string;
  /** How often the outbox worker and the job expiry sweep run; 0 turns one off. */
  outboxIntervalSeconds: number;
  expiryIntervalSeconds: number;
  /** Sending tries before a message is marked failed (it is kept either way). */
  outboxMaxAttempts: number;
}

function intFrom(name: string, fallback: number): number {
  const raw = process.env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 0 || value > 65535) {
    throw new Error(`${name} must be a port number, got "${raw}"`);
  }
  return value;
}

function countFrom(env: NodeJS.ProcessEnv, name: string, fallback: number, min = 0): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < min) throw new Error(`${name} must be a whole number of at least ${min}, got "${raw}"`);
  return value;
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  return {
    databaseUrl: env.DATABASE_URL || undefined,
    port: intFrom('PORT', 3000),
    host: env.HOST || '0.0.0.0',
    adminUsername: env.ADMIN_USERNAME || 'admin',
    adminPassword: env.ADMIN_PASSWORD || undefined,
    adminEmail: env.ADMIN_EMAIL || 'admin@python.org',
    embeddedDir: path.resolve(env.EMBEDDED_PG_DIR || '.data/postgres'),
    embeddedPort: intFrom('EMBEDDED_PG_PORT', 54329),
    seedDemo: env.SEED_DEMO !== 'false',
    logLevel: env.LOG_LEVEL || 'info',
    smtpUrl: env.SMTP_URL || undefined,
    mailFrom: env.MAIL_FROM || 'Python.org Jobs <jobs@python.org>',
    jobsTeamEmail: (env.JOBS_TEAM_EMAIL ?? 'jobs@python.org').trim(),
    outboxIntervalSeconds: countFrom(env, 'OUTBOX_INTERVAL_SECONDS', 15),
    expiryIntervalSeconds: countFrom(env, 'JOBS_EXPIRE_INTERVAL_SECONDS', 600),
    outboxMaxAttempts: countFrom(env, 'OUTBOX_MAX_ATTEMPTS', 8, 1),
  };
}

/** A connection string with its password replaced, for log lines. */
export function redactUrl(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password) parsed.password = '***';
    return parsed.toString();
  } catch {
    return '(unparseable DATABASE_URL)';
  }
}
