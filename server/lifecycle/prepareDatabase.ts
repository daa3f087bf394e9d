import type { Config } from '../config.js';
import { createDataSource } from '../db/dataSource.js';
import { migrateOnStart } from '../db/migrateOnStart.js';
import { logger } from '../logger.js';
import { DEMO_ACCOUNTS } from '../seed/demo/accounts.js';
import { isDatabaseEmpty, seedDemo } from '../seed/demo.js';
import { removeDemoCredentials, writeDemoCredentials } from '../seed/demoCredentials.js';
import { demoPasswordToSeed, findDemoSignIn, type DemoSignIn } from '../seed/demoSignIn.js';
import { ensureSuperuser, type SuperuserResult } from '../seed/superuser.js';

/** What the start banner tells: who can sign in, and how. */
export interface PreparedDatabase {
  admin: SuperuserResult;
  /** Whether the demo accounts exist, and how they sign in when they can. */
  demo: { loaded: boolean; signIn?: DemoSignIn };
}

/** Loads the demo with the password this start chooses for it, kept in the credentials file when generated. */
async function loadDemo(db: Parameters<typeof seedDemo>[0], config: Config): Promise<string | undefined> {
  logger.info('the database is empty: loading the demo data');
  const { password, generated } = demoPasswordToSeed(config);
  await seedDemo(db, { password });
  if (!config.databaseUrl) removeDemoCredentials(config.demoCredentialsFile);
  if (!generated) return undefined;
  try {
    writeDemoCredentials(config.demoCredentialsFile, password!, DEMO_ACCOUNTS);
  } catch (error) {
    // The banner still shows it once; only reading it later is lost.
    logger.warn({ err: error, file: config.demoCredentialsFile }, 'could not keep the demo password in its file');
  }
  return password;
}

/**
 * Migrates, loads the demo into an empty database and makes sure a superuser exists, on a
 * connection of its own without the serving time limits (a migration or the seed may run long).
 * Throws MigrationFailure, with a message that says what to do, when a migration fails.
 */
export async function prepareDatabase(url: string, config: Config): Promise<PreparedDatabase> {
  const db = createDataSource(url, { poolSize: 2, applicationName: 'pydotorg-admin migrate' });
  await db.initialize();
  try {
    let prepared: PreparedDatabase | undefined;
    const applied = await migrateOnStart(db, async () => {
      const generated = config.seedDemo && (await isDatabaseEmpty(db)) ? await loadDemo(db, config) : undefined;
      // Its password, if generated, is returned to be printed once, in the banner: it is not stored anywhere in clear.
      const admin = await ensureSuperuser(db, { username: config.adminUsername, email: config.adminEmail, password: config.adminPassword });
      prepared = { admin, demo: await findDemoSignIn(db, config, generated) };
    });
    if (applied.length) logger.info({ migrations: applied }, 'applied migrations');
    return prepared!;
  } finally {
    await db.destroy();
  }
}
