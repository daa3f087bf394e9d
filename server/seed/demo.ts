import type { DataSource } from 'typeorm';
import { seedContent } from './demo/content.js';
import { seedDownloads } from './demo/downloads.js';
import { seedEvents } from './demo/events.js';
import { seedJobs } from './demo/jobs.js';
import { seedOrganisation } from './demo/organisation.js';
import { seedPeople } from './demo/people.js';

/** True when nothing has been entered yet: no content, releases, events or jobs. */
export async function isDatabaseEmpty(db: DataSource): Promise<boolean> {
  const [row] = await db.query(
    `SELECT NOT EXISTS (SELECT 1 FROM pages) AND NOT EXISTS (SELECT 1 FROM releases)
        AND NOT EXISTS (SELECT 1 FROM events) AND NOT EXISTS (SELECT 1 FROM jobs) AS empty`,
  );
  return row.empty === true;
}

/**
 * A realistic small python.org, loaded in one transaction: all of it or nothing. The demo accounts
 * sign in with `password`, hashed with argon2; without one they cannot sign in.
 */
export async function seedDemo(db: DataSource, options: { password?: string } = {}): Promise<void> {
  await db.transaction(async (em) => {
    const people = await seedPeople(em, options.password);
    const content = await seedContent(em, people);
    await seedDownloads(em, people, content);
    await seedEvents(em, people);
    await seedJobs(em, people);
    await seedOrganisation(em, people);
  });
}
