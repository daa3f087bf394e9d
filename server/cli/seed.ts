/**
 * npm run seed               load the demo data set into an empty database
 * npm run seed -- --scale N  add bulk data for benchmarks (N=1: 200,000 jobs, 5,000 releases,
 *                            100,000 release files, 20,000 pages); N may be a fraction
 * Applies pending migrations first. Uses DATABASE_URL, or the embedded PostgreSQL when unset.
 */
import { parseArgs } from 'node:util';
import { isDatabaseEmpty, seedDemo } from '../seed/demo.js';
import { seedScale } from '../seed/scale.js';
import { runCommand } from './runCommand.js';

const { values } = parseArgs({ options: { scale: { type: 'string' } } });
const scale = values.scale === undefined ? undefined : Number(values.scale);
if (scale !== undefined && !(scale > 0 && scale <= 50)) {
  console.error('--scale takes a number greater than 0 and at most 50.');
  process.exit(2);
}

runCommand(async (db) => {
  await db.runMigrations();
  if (scale !== undefined) {
    const started = performance.now();
    const counts = await seedScale(db, scale);
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    console.log(
      `Loaded ${Object.entries(counts)
        .map(([t, n]) => `${n} ${t}`)
        .join(', ')} in ${seconds} s.`,
    );
    return 0;
  }
  if (!(await isDatabaseEmpty(db))) {
    console.error('The database already has content; the demo loads only into an empty database.');
    return 1;
  }
  await seedDemo(db, { password: process.env.DEMO_PASSWORD || undefined });
  console.log('Loaded the demo data.');
  return 0;
});
