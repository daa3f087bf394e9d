import type { Config } from '../config.js';
import { redactUrl } from '../config.js';
import { logger } from '../logger.js';
import { startEmbedded } from './embedded.js';

export interface DatabaseHandle {
  url: string;
  /** Stops the embedded PostgreSQL if this process started one; otherwise does nothing. */
  stop(): Promise<void>;
}

/** DATABASE_URL when set; otherwise an embedded PostgreSQL under .data/, so a new user needs only Node. */
export async function openDatabase(config: Config): Promise<DatabaseHandle> {
  if (config.databaseUrl) {
    logger.info({ database: redactUrl(config.databaseUrl) }, 'using DATABASE_URL');
    return { url: config.databaseUrl, stop: async () => {} };
  }
  logger.info('DATABASE_URL is not set: starting an embedded PostgreSQL');
  return startEmbedded(config.embeddedDir, config.embeddedPort);
}
