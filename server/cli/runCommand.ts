import type { DataSource } from 'typeorm';
import { loadConfig } from '../config.js';
import { openDatabase } from '../db/database.js';
import { createDataSource } from '../db/dataSource.js';

/**
 * Runs a command-line task against DATABASE_URL (or the embedded PostgreSQL), closing the pool
 * and any embedded server afterwards, and exits with the task's code; an error prints its message.
 */
export function runCommand(task: (db: DataSource) => Promise<number>): void {
  const run = async () => {
    const database = await openDatabase(loadConfig());
    const db = createDataSource(database.url, { poolSize: 2 });
    try {
      await db.initialize();
      return await task(db);
    } finally {
      if (db.isInitialized) await db.destroy();
      await database.stop();
    }
  };
  run().then(
    (code) => process.exit(code),
    (error) => {
      console.error(error instanceof Error ? error.message : error);
      // A refused write (HttpError 422) names each field at fault.
      const errors = (error as { errors?: unknown })?.errors;
      if (errors && typeof errors === 'object')
        for (const [field, message] of Object.entries(errors)) console.error(`  ${field}: ${String(message)}`);
      process.exit(1);
    },
  );
}
