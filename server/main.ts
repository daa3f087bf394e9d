import path from 'node:path';
import type { Server } from 'node:http';
import type { DataSource } from 'typeorm';
import { createApp } from './app.js';
import { sessionSecret } from './auth/session.js';
import { loadConfig } from './config.js';
import { openDatabase, type DatabaseHandle } from './db/database.js';
import { createDataSource } from './db/dataSource.js';
import { EmbeddedStartError } from './db/embedded.js';
import { logger } from './logger.js';
import { isDatabaseEmpty, seedDemo } from './seed/demo.js';
import { ensureSuperuser } from './seed/superuser.js';

async function main(): Promise<void> {
  const config = loadConfig();
  let database: DatabaseHandle | undefined;
  let server: Server | undefined;
  let db: DataSource | undefined;
  let stopping = false;

  const shutdown = async (signal: string, code = 0) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, 'shutting down');
    await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
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
  server.on('error', (error: NodeJS.ErrnoException) => {
    logger.error(
      { err: error },
      error.code === 'EADDRINUSE' ? `port ${config.port} is in use: set PORT to another one` : 'server error',
    );
    void shutdown('listen-failure', 1);
  });
}

main().catch((error) => {
  if (error instanceof EmbeddedStartError) {
    logger.error(error.message);
  } else {
    logger.error({ err: error }, 'start-up failed');
  }
  process.exit(1);
});
