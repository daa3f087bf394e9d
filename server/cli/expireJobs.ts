/**
 * npm run jobs:expire   move approved jobs past their expiry date to "expired"
 * The server does this on a schedule too (JOBS_EXPIRE_INTERVAL_SECONDS); running both at once is safe.
 * Uses DATABASE_URL, or the embedded PostgreSQL when it is unset.
 */
import { expireDueJobs } from '../jobBoard/expirySweep.js';
import { registryFor } from '../seed/registry.js';
import { runCommand } from './runCommand.js';

runCommand(async (db) => {
  if (await db.showMigrations()) {
    console.error('The database has pending migrations: run npm run migrate first.');
    return 1;
  }
  const count = await expireDueJobs(registryFor(db));
  console.log(count === 1 ? 'Expired 1 job.' : `Expired ${count} jobs.`);
  return 0;
});
