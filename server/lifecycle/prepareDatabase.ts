import type { Config } from '../config.js';
import { createDataSource } from '../db/dataSource.js';
import { migrateOnStart } from '../db/migrateOnStart.js';
import { logger } from '../logger.js';
import { isDatabaseEmpty, seedDemo } from '../seed/demo.js';
import { ensureSuperuser } from '../seed/superuser.js';

/**
 * Migrates, loads the demo into an empty database and makes sure a superuser exists, on a
 * connection of its own without the serving time limits (a migration or the seed may run long).
 * Throws MigrationFailure, with a message that says what to do, when a migration fails.
 */
export async function prepareDatabase(url: string, config: Config): Promise<void> {
  const db = createDataSource(url, { poolSize: 2, applicationName: 'pydotorg-admin migrate' });
  await db.initialize();
  try {
    const applied = await migrateOnStart(db, async () => {
      if (config.seedDemo && (await isDatabaseEmpty(db))) {
        logger.info('the database is empty: loading the demo data');
        await seedDemo(db);
      }
      const admin = await ensureSuperuser(db, { username: config.adminUsername, email: config.adminEmail, password: config.adminPassword });
      if (admin.generatedPassword) {
        // Printed once, to the terminal only: it is not stored anywhere in clear.
        process.stdout.write(
          `\nCreated superuser "${admin.username}" with password: ${admin.generatedPassword}\n` +
            `Set ADMIN_PASSWORD to choose it yourself.\n\n`,
        );
      }
    });
    if (applied.length) logger.info({ migrations: applied }, 'applied migrations');
  } finally {
    await db.destroy();
  }
}
