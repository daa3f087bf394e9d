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
  /** The demo accounts' password (DEMO_PASSWORD); unset: generated on the embedded database, none on DATABASE_URL's. */
  demoPassword: string | undefined;
  /** Where a generated demo password is kept (mode 0600) so it can be read later. */
  demoCredentialsFile: string;
  logLevel: string;
  /** smtp://user:pass@host:587 or smtps://...; unset: outbox messages are logged instead of sent. */
  smtpUrl: string | undefined;
  /** The From of every message the outbox sends. */
  mailFrom: string;
  /** Copied on every job notification and used as Reply-To; empty: nobody. */
  jobsTeamEmail: string;
  /** The PSF sponsorship team: told of every sponsorship and contract step, and the sponsors' Reply-To. */
  sponsorshipTeamEmail: string;
  /** How often the outbox worker and the job expiry sweep run; 0 turns one off. */
  outboxIntervalSeconds: number;
  expiryIntervalSeconds: number;
  /** Sending tries before a message is marked failed (it is kept either way). */
  outboxMaxAttempts: number;
  /** Connections of this process's pool, and the time limits every one of them carries. */
  database: DatabaseLimits;
  /** How long in-flight requests may take to finish after SIGTERM before their connections are cut. */
  shutdownTimeoutSeconds: number;
  /** A bearer token that may read /api/metrics without signing in (a Prometheus scraper); unset: superusers only. */
  metricsToken: string | undefined;
  /** Who tokens and sessions are is cached this long at most (the bound should an invalidation be lost); 0: not cached. */
  authCacheTtlMs: number;
  /** How often the auth listener's connection is checked; unanswered for as long, it counts as lost. */
  authListenerPingMs: number;
  /** The public API and feeds (server/delivery/). */
  delivery: DeliveryConfig;
  /** Unpublished versions kept per record (every published one is kept), and how often the rest are pruned; 0: never. */
  versionsKeep: number;
  versionsPruneIntervalSeconds: number;
  /** How often due scheduled publications are applied (at most 60 for "within a minute"); 0: never. */
  scheduleIntervalSeconds: number;
  /** How long a preview link works. */
  previewLinkDays: number;
  media: MediaConfig;
  /** Every request the server makes to others (server/outbound/). */
  outbound: OutboundConfig;
  webhooks: WebhookConfig;
  calendarImport: CalendarImportConfig;
  /** How often every active blog feed is imported (server/blogs/), with the calendar import's fetch limits; 0: only by hand. */
  blogImportIntervalSeconds: number;
}

/** The calendar import (server/calendars/import/): how often, and what a feed may cost. */
export interface CalendarImportConfig {
  /** How often every calendar with a feed URL is imported; 0: only by hand. */
  intervalSeconds: number;
  timeoutMs: number;
  maxBytes: number;
  /** How far ahead recurring events are expanded (an open-ended RRULE ends here, moved on by each import). */
  horizonDays: number;
}

export interface OutboundConfig {
  /** Allow loopback, private, link-local and metadata addresses (development and tests only). */
  allowPrivate: boolean;
}

/** How webhook and CDN purge deliveries are made (server/webhooks/). */
export interface WebhookConfig {
  /** One delivery's whole exchange. */
  timeoutMs: number;
  /** Tries before a delivery is kept as failed. */
  maxAttempts: number;
  /** The first retry waits about this long, each next one about twice as long (with jitter), up to retryMaxSeconds. */
  retryBaseSeconds: number;
  retryMaxSeconds: number;
  /** Failed tries in a row after which a webhook is paused (its deliveries wait). */
  pauseAfterFailures: number;
  /** A delivery claimed this long ago whose deliverer vanished (killed) is due again. */
  leaseSeconds: number;
  /** How often deliverers look for due retries (new deliveries wake them at once); 0: no deliverer in this process. */
  pollMs: number;
  /** Deliveries in flight at once per process. */
  concurrency: number;
  /** How long the old secret still signs, next to the new one, after a rotation. */
  secretOverlapHours: number;
  /** Finished deliveries (delivered or failed) older than this many days are deleted, once a day; 0: kept. */
  keepDays: number;
}

/** How the public front door answers: where it reads, what it tells caches, how hard one address may push. */
export interface DeliveryConfig {
  /** Where anonymous and API-v1/v2 reads go (a read replica); unset: the primary, on read-only connections. */
  readDatabaseUrl: string | undefined;
  /** The origin absolute URLs are built from (API v2, feeds); unset: the request's own. */
  publicBaseUrl: string | undefined;
  /** Cache-Control max-age (browsers) and s-maxage (CDNs) of public answers, in seconds. */
  maxAgeSeconds: number;
  sMaxAgeSeconds: number;
  /** Anonymous requests one address may make per minute; 0: no limit. Authenticated callers are never limited. */
  rateLimitPerMinute: number;
}

/** Time limits in milliseconds; 0 turns one off. */
export interface DatabaseLimits {
  poolSize: number;
  /** A statement running longer is cancelled by PostgreSQL (the request gets a 504). */
  statementTimeoutMs: number;
  /** A transaction left idle longer is ended by PostgreSQL, so a stuck request cannot hold locks. */
  idleInTransactionTimeoutMs: number;
  /** Waiting longer for a free pool connection (or a new one) fails the request with a 503. */
  acquireTimeoutMs: number;
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
    demoPassword: env.DEMO_PASSWORD || undefined,
    demoCredentialsFile: path.resolve(env.DEMO_CREDENTIALS_FILE || '.data/demo-credentials.txt'),
    logLevel: env.LOG_LEVEL || 'info',
    smtpUrl: env.SMTP_URL || undefined,
    mailFrom: env.MAIL_FROM || 'Python.org Jobs <jobs@python.org>',
    jobsTeamEmail: (env.JOBS_TEAM_EMAIL ?? 'jobs@python.org').trim(),
    sponsorshipTeamEmail: (env.SPONSORSHIP_TEAM_EMAIL ?? 'sponsors@python.org').trim(),
    outboxIntervalSeconds: countFrom(env, 'OUTBOX_INTERVAL_SECONDS', 15),
    expiryIntervalSeconds: countFrom(env, 'JOBS_EXPIRE_INTERVAL_SECONDS', 600),
    outboxMaxAttempts: countFrom(env, 'OUTBOX_MAX_ATTEMPTS', 8, 1),
    database: {
      poolSize: countFrom(env, 'DB_POOL_SIZE', 10, 1),
      statementTimeoutMs: countFrom(env, 'DB_STATEMENT_TIMEOUT_MS', 15_000),
      idleInTransactionTimeoutMs: countFrom(env, 'DB_IDLE_IN_TRANSACTION_TIMEOUT_MS', 30_000),
      acquireTimeoutMs: countFrom(env, 'DB_ACQUIRE_TIMEOUT_MS', 3_000),
    },
    shutdownTimeoutSeconds: countFrom(env, 'SHUTDOWN_TIMEOUT_SECONDS', 10),
    metricsToken: env.METRICS_TOKEN || undefined,
    authCacheTtlMs: countFrom(env, 'AUTH_CACHE_TTL_MS', 30_000),
    authListenerPingMs: countFrom(env, 'AUTH_LISTENER_PING_MS', 5_000, 100),
    delivery: deliveryConfig(env),
    media: mediaConfig(env),
    versionsKeep: countFrom(env, 'VERSIONS_KEEP', 50, 1),
    versionsPruneIntervalSeconds: countFrom(env, 'VERSIONS_PRUNE_INTERVAL_SECONDS', 3600),
    scheduleIntervalSeconds: countFrom(env, 'SCHEDULE_INTERVAL_SECONDS', 30),
    previewLinkDays: countFrom(env, 'PREVIEW_LINK_DAYS', 7, 1),
    outbound: outboundConfig(env),
    webhooks: webhookConfig(env),
    calendarImport: calendarImportConfig(env),
    blogImportIntervalSeconds: countFrom(env, 'BLOG_IMPORT_INTERVAL_SECONDS', 3600),
  };
}

function booleanFrom(env: NodeJS.ProcessEnv, name: string, fallback: boolean): boolean {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  if (raw !== 'true' && raw !== 'false') throw new Error(`${name} must be true or false, got "${raw}"`);
  return raw === 'true';
}

/** Retry delays are decimal seconds (tests retry within milliseconds). */
function secondsFrom(env: NodeJS.ProcessEnv, name: string, fallback: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isFinite(value) || value <= 0) throw new Error(`${name} must be a positive number of seconds, got "${raw}"`);
  return value;
}

export function calendarImportConfig(env: NodeJS.ProcessEnv = process.env): CalendarImportConfig {
  return {
    intervalSeconds: countFrom(env, 'CALENDAR_IMPORT_INTERVAL_SECONDS', 3600),
    timeoutMs: countFrom(env, 'CALENDAR_IMPORT_TIMEOUT_SECONDS', 20, 1) * 1000,
    maxBytes: countFrom(env, 'CALENDAR_IMPORT_MAX_MB', 5, 1) * 1_048_576,
    horizonDays: countFrom(env, 'CALENDAR_IMPORT_HORIZON_DAYS', 365, 1),
  };
}

export function outboundConfig(env: NodeJS.ProcessEnv = process.env): OutboundConfig {
  return { allowPrivate: booleanFrom(env, 'OUTBOUND_ALLOW_PRIVATE', false) };
}

export function webhookConfig(env: NodeJS.ProcessEnv = process.env): WebhookConfig {
  return {
    timeoutMs: countFrom(env, 'WEBHOOK_TIMEOUT_SECONDS', 10, 1) * 1000,
    maxAttempts: countFrom(env, 'WEBHOOK_MAX_ATTEMPTS', 15, 1),
    retryBaseSeconds: secondsFrom(env, 'WEBHOOK_RETRY_BASE_SECONDS', 10),
    retryMaxSeconds: secondsFrom(env, 'WEBHOOK_RETRY_MAX_SECONDS', 6 * 3600),
    pauseAfterFailures: countFrom(env, 'WEBHOOK_PAUSE_AFTER_FAILURES', 50, 1),
    leaseSeconds: secondsFrom(env, 'WEBHOOK_LEASE_SECONDS', 120),
    pollMs: countFrom(env, 'WEBHOOK_POLL_MS', 1000),
    concurrency: countFrom(env, 'WEBHOOK_CONCURRENCY', 16, 1),
    secretOverlapHours: countFrom(env, 'WEBHOOK_SECRET_OVERLAP_HOURS', 24),
    keepDays: countFrom(env, 'WEBHOOK_DELIVERIES_KEEP_DAYS', 30),
  };
}

export function deliveryConfig(env: NodeJS.ProcessEnv = process.env): DeliveryConfig {
  const base = env.PUBLIC_BASE_URL?.trim();
  if (base && !/^https?:\/\/[^/?#\s]+$/.test(base.replace(/\/$/, ''))) {
    throw new Error(`PUBLIC_BASE_URL must be an origin such as https://www.python.org, got "${base}"`);
  }
  return {
    readDatabaseUrl: env.READ_DATABASE_URL || undefined,
    publicBaseUrl: base ? base.replace(/\/$/, '') : undefined,
    maxAgeSeconds: countFrom(env, 'PUBLIC_MAX_AGE_SECONDS', 60),
    sMaxAgeSeconds: countFrom(env, 'PUBLIC_S_MAXAGE_SECONDS', 600),
    rateLimitPerMinute: countFrom(env, 'PUBLIC_RATE_LIMIT_PER_MINUTE', 600),
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

/** The media library's upload limits and serving (server/media/); where files live is media/store/index.ts's. */
export interface MediaConfig {
  /** The largest image and document accepted, in bytes. */
  limits: { image: number; document: number };
  /** On S3: redirect downloads to short-lived signed URLs rather than stream them through the server. */
  redirectToStore: boolean;
  /** Unused files older than this many days are deleted by the media-sweep task; 0: never. */
  sweepAfterDays: number;
  sweepIntervalSeconds: number;
}

export function mediaConfig(env: NodeJS.ProcessEnv = process.env): MediaConfig {
  const redirect = env.MEDIA_S3_REDIRECT ?? 'false';
  if (redirect !== 'true' && redirect !== 'false') throw new Error(`MEDIA_S3_REDIRECT must be true or false, got "${redirect}"`);
  return {
    limits: {
      image: countFrom(env, 'MEDIA_MAX_IMAGE_MB', 20, 1) * 1_048_576,
      document: countFrom(env, 'MEDIA_MAX_DOCUMENT_MB', 50, 1) * 1_048_576,
    },
    redirectToStore: redirect === 'true',
    sweepAfterDays: countFrom(env, 'MEDIA_SWEEP_AFTER_DAYS', 0),
    sweepIntervalSeconds: countFrom(env, 'MEDIA_SWEEP_INTERVAL_SECONDS', 86_400),
  };
}
