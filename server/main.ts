import path from 'node:path';
import type { Server } from 'node:http';
import type { DataSource } from 'typeorm';
import { createApp } from './app.js';
import { sessionSecret } from './auth/session.js';
import { loadConfig, type Config } from './config.js';
import { openDatabase, type DatabaseHandle } from './db/database.js';
import { createDataSource } from './db/dataSource.js';
import { EmbeddedStartError } from './db/embedded.js';
import { expireDueJobs } from './jobs/expirySweep.js';
import { logger } from './logger.js';
import { createMailer, smtpPassword } from './outbox/mailer.js';
import { deliverOutbox } from './outbox/worker.js';
import { isDatabaseEmpty, seedDemo } from './seed/demo.js';
import { ensureSuperuser } from './seed/superuser.js';

interface Repeating {
  /** Stops the timer and waits for a run in progress to finish. */
  stop(): Promise<void>;
}

/**
 * Runs `task` every `seconds` (first soon after start), never two runs at once; the timer is
 * unref'd so it never keeps the process alive. A failing run is logged and the next one still comes.
 */
function every(name: string, seconds: number, task: () => Promise<unknown>): Repeating {
  let stopped = false;
  let running: Promise<void> | undefined;
  let timer: NodeJS.Timeout | undefined;
  const schedule = (ms: number) => {
    timer = setTimeout(run, ms);
    timer.unref();
  };
  function run() {
    running = task()
      .then(
        () => undefined,
        (error) => logger.error({ err: error, task: name }, `${name} failed; it runs again in ${seconds} s`),
      )
      .finally(() => {
        running = undefined;
        if (!stopped) schedule(seconds * 1000);
      });
  }
  schedule(Math.min(seconds, 2) * 1000);
  return {
    async stop() {
      stopped = true;
      clearTimeout(timer);
      await running;
    },
  };
}

async function main(): Promise<void> {
  const config = loadConfig();
  let database: DatabaseHandle | undefined;
  let server: Server | undefined;
  let db: DataSource | undefined;
  let stopping = false;
  const repeating: Repeating[] = [];

  const shutdown = async (signal: string, code = 0) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, 'shutting down');
    await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
    await Promise.all(repeating.map((r) => r.stop()));
    if (db?.isInitialized) await db.destroy();
    await database?.stop();
    process.exit(code);
  };
  process.on('SIGINT', () => void shutdown('SIGINT'));
  process.on('SIGTERM', () => void shutdown('SIGTERM'));

  database = await openDatabase(config);
  db = createDataSource(database.url);
  let secret: string;
  try {
    await db.initialize();
    const applied = await db.runMigrations();
    if (applied.length) logger.info({ migrations: applied.map((m) => m.name) }, 'applied migrations');

    if (config.seedDemo && (await isDatabaseEmpty(db))) {
      logger.info('the database is empty: loading the demo data');
      await seedDemo(db);
    }
    const admin = await ensureSuperuser(db, {
      username: config.adminUsername,
      email: config.adminEmail,
      password: config.adminPassword,
    });
    if (admin.generatedPassword) {
      // Printed once, to the terminal only: it is not stored anywhere in clear.
      process.stdout.write(
        `\nCreated superuser "${admin.username}" with password: ${admin.generatedPassword}\n` +
          `Set ADMIN_PASSWORD to choose it yourself.\n\n`,
      );
    }
    secret = await sessionSecret(db);
  } catch (error) {
    logger.error({ err: error }, 'start-up failed');
    await shutdown('startup-failure', 1);
    return;
  }

  const app = createApp(db, { adminDir: process.env.ADMIN_DIST || path.resolve('dist/admin'), sessionSecret: secret });
  server = app.listen(config.port, config.host, () => {
    logger.info({ port: config.port }, `serving on http://localhost:${config.port}/`);
  });
  startBackgroundWork(db, config, repeating);
  server.on('error', (error: NodeJS.ErrnoException) => {
    logger.error(
      { err: error },
      error.code === 'EADDRINUSE' ? `port ${config.port} is in use: set PORT to another one` : 'server error',
    );
    void shutdown('listen-failure', 1);
  });
}

/** The outbox worker and the job expiry sweep; each is off when its interval is 0. */
function startBackgroundWork(db: DataSource, config: Config, repeating: Repeating[]): void {
  const mailer = createMailer(config);
  if (!config.smtpUrl) logger.info('SMTP_URL is not set: outbox messages are written to the log instead of sent');
  if (config.outboxIntervalSeconds > 0) {
    const options = { maxAttempts: config.outboxMaxAttempts, secrets: [smtpPassword(config.smtpUrl)] };
    const delivery = every('outbox delivery', config.outboxIntervalSeconds, () => deliverOutbox(db, mailer, options));
    repeating.push({
      async stop() {
        await delivery.stop();
        mailer.close?.();
      },
    });
  }
  if (config.expiryIntervalSeconds > 0) {
    repeating.push(every('job expiry sweep', config.expiryIntervalSeconds, () => expireDueJobs(db)));
  }
}

main().catch((error) => {
  if (error instanceof EmbeddedStartError) {
    logger.error(error.message);
  } else {
    logger.error({ err: error }, 'start-up failed');
  }
  process.exit(1);
});
