import http from 'node:http';
import path from 'node:path';
import type { DataSource } from 'typeorm';
import { createApp } from './app.js';
import { buildRegistry } from './crud/registry.js';
import { resources } from './resources/index.js';
import { sessionSecret } from './auth/session.js';
import { AuthCache } from './auth/authCache.js';
import { listenForAuthChanges, type AuthChanges } from './auth/authChanges.js';
import type pg from 'pg';
import { createReadPool } from './db/readPool.js';
import { sqlOfPool } from './db/sql.js';
import { loadConfig } from './config.js';
import { openDatabase, type DatabaseHandle } from './db/database.js';
import { createDataSource } from './db/dataSource.js';
import { MigrationFailure } from './db/migrateOnStart.js';
import { waitForDatabase } from './db/waitForDatabase.js';
import { EmbeddedStartError } from './db/embedded.js';
import { newLifecycle } from './lifecycle/phase.js';
import { bannerFacts, startBanner } from './lifecycle/banner.js';
import { prepareDatabase, type PreparedDatabase } from './lifecycle/prepareDatabase.js';
import { drain } from './lifecycle/drain.js';
import { startingApp } from './lifecycle/startingApp.js';
import { logger } from './logger.js';
import { recordTaskRun } from './metrics/registry.js';
import { backgroundTasks } from './tasks/background.js';
import { startScheduler, type Scheduler } from './tasks/scheduler.js';
import { deliverySettings } from './webhooks/deliver.js';
import { startDeliverer, type Deliverer } from './webhooks/worker.js';
import { within } from './within.js';

/**
 * Listens first and answers health/readiness while it waits for the database, migrates and
 * seeds; then swaps in the real app and starts the scheduled tasks. SIGTERM/SIGINT drain
 * in-flight requests (bounded), stop the tasks, close the pool and any embedded PostgreSQL.
 */
async function main(): Promise<void> {
  const config = loadConfig();
  const lifecycle = newLifecycle();
  let handler: http.RequestListener = startingApp(lifecycle);
  const server = http.createServer((req, res) => handler(req, res));
  const aborted = new AbortController();
  let database: DatabaseHandle | undefined;
  let db: DataSource | undefined;
  let scheduler: Scheduler | undefined;
  let deliverer: Deliverer | undefined;
  let closeTasks = () => {};
  let authChanges: AuthChanges | undefined;
  let readPool: pg.Pool | undefined;
  let prepared: PreparedDatabase | undefined;
  let bannerShown = false;
  // The superuser exists once the database is prepared: a start that ends before the banner must not lose its generated password.
  const showPasswordWithoutBanner = () => {
    const password = bannerShown ? undefined : prepared?.admin.generatedPassword;
    if (password) process.stdout.write(`\nCreated superuser "${prepared!.admin.username}" with password: ${password}\n\n`);
    bannerShown = true;
  };

  let stopping: Promise<void> | undefined;
  const shutdown = (reason: string, code = 0) =>
    (stopping ??= (async () => {
      lifecycle.phase = 'stopping';
      aborted.abort();
      logger.info({ reason }, 'shutting down: finishing the requests in progress');
      const cut = await drain(server, config.shutdownTimeoutSeconds * 1000);
      if (cut) logger.warn({ connections: cut }, `requests still running after ${config.shutdownTimeoutSeconds} s were cut off`);
      await scheduler?.stop();
      await deliverer?.stop();
      closeTasks();
      await authChanges?.close();
      if (readPool) await within(readPool.end(), 2_000).catch((error) => logger.warn({ err: error }, 'closing the read pool failed'));
      // pool.end() waits for connections still checked out (a request that was cut off): bounded.
      if (db?.isInitialized)
        await within(db.destroy(), 2_000).catch((error) => logger.warn({ err: error }, 'closing the pool failed; exiting anyway'));
      await database?.stop();
      logger.info('stopped');
      process.exit(code);
    })());
  process.on('SIGINT', () => void shutdown('SIGINT'));
  process.on('SIGTERM', () => void shutdown('SIGTERM'));
  // A bug, not a fault of the database or a client: say what it was, then stop cleanly (exit 1)
  // rather than carry on in an unknown state; the orchestrator or the other instances take over.
  process.on('uncaughtException', (error) => {
    logger.fatal({ err: error }, 'uncaught exception: stopping');
    void shutdown('uncaught-exception', 1);
  });
  process.on('unhandledRejection', (reason) => logger.error({ err: reason }, 'unhandled promise rejection'));

  server.on('error', (error: NodeJS.ErrnoException) => {
    logger.error({ err: error }, error.code === 'EADDRINUSE' ? `port ${config.port} is in use: set PORT to another one` : 'server error');
    void shutdown('listen-failure', 1);
  });
  server.listen(config.port, config.host, () =>
    logger.info({ port: config.port }, `listening on http://localhost:${config.port}/ (starting)`),
  );

  try {
    database = await openDatabase(config);
    lifecycle.waitingFor = 'waiting for the database';
    const reachable = await waitForDatabase(database.url, {
      signal: aborted.signal,
      onAttempt: (ok, reason) => {
        lifecycle.databaseReachable = ok;
        lifecycle.waitingFor = ok ? 'applying migrations' : `waiting for the database: ${reason}`;
      },
    });
    if (!reachable || stopping) return;
    prepared = await prepareDatabase(database.url, config);
    if (stopping) return showPasswordWithoutBanner();
    db = createDataSource(database.url, config.database);
    await db.initialize();
    const secret = await sessionSecret(db);
    if (stopping) return showPasswordWithoutBanner();
    // One registry for the API and the background tasks: their writes publish to the same after-commit hooks.
    const registry = buildRegistry(db, resources);
    const authCache = new AuthCache({ ttlMs: config.authCacheTtlMs });
    authChanges = listenForAuthChanges(database.url, authCache, { pingMs: config.authListenerPingMs });
    // Public reads on read-only connections: to a replica when READ_DATABASE_URL says so, else the primary.
    readPool = createReadPool(config.delivery.readDatabaseUrl ?? database.url, config.database);
    handler = createApp(db, {
      authCache,
      delivery: config.delivery,
      readSql: sqlOfPool(readPool),
      adminDir: process.env.ADMIN_DIST || path.resolve('dist/admin'),
      sessionSecret: secret,
      lifecycle,
      metricsToken: config.metricsToken,
      previewLinkDays: config.previewLinkDays,
      media: config.media,
      outbound: config.outbound,
      webhooks: config.webhooks,
      calendarImport: config.calendarImport,
      demoSignIn: prepared.demo.signIn,
      registry,
    });
    lifecycle.phase = 'serving';
    lifecycle.waitingFor = undefined;
    logger.info({ port: config.port }, `serving on http://localhost:${config.port}/`);
    // Plain text, not a log line: the one thing a person starting the server needs to read.
    process.stdout.write(startBanner(bannerFacts(config, prepared)));
    bannerShown = true;
    const background = backgroundTasks(registry, config);
    closeTasks = background.close;
    scheduler = startScheduler(db, background.tasks, { onOutcome: recordTaskRun });
    if (config.webhooks.pollMs > 0) deliverer = startDeliverer(database.url, deliverySettings(config.webhooks, config.outbound));
  } catch (error) {
    showPasswordWithoutBanner();
    if (error instanceof MigrationFailure || error instanceof EmbeddedStartError) logger.error(error.message);
    else logger.error({ err: error }, 'start-up failed');
    await shutdown('startup-failure', 1);
  }
}

main().catch((error) => {
  logger.error({ err: error }, 'start-up failed');
  process.exit(1);
});
