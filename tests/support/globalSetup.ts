import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import type { TestProject } from 'vitest/node';
import { startEmbedded, type EmbeddedDatabase } from '../../server/db/embedded.js';
import { createDataSource } from '../../server/db/dataSource.js';
import { freePort } from './ports.js';
import { withDatabase } from './urls.js';

declare module 'vitest' {
  export interface ProvidedContext {
    /** A server where tests may create databases (DATABASE_URL, or an embedded PostgreSQL). */
    serverUrl: string;
    /** A database with every migration applied, to clone with CREATE DATABASE ... TEMPLATE. */
    templateDatabase: string;
  }
}

let embedded: EmbeddedDatabase | undefined;
let embeddedDir: string | undefined;

export async function setup(project: TestProject): Promise<() => Promise<void>> {
  let serverUrl = process.env.DATABASE_URL;
  if (!serverUrl) {
    // No PostgreSQL given: like `npm start`, bring our own, in a throw-away directory.
    embeddedDir = fs.mkdtempSync(path.join(os.tmpdir(), 'pydotorg-test-pg-'));
    embedded = await startEmbedded(embeddedDir, await freePort());
    serverUrl = embedded.url;
  }
  const templateDatabase = `tpl_${process.pid}_${Date.now()}`;
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${templateDatabase}`);
  const db = createDataSource(withDatabase(serverUrl, templateDatabase), { poolSize: 1 });
  await db.initialize();
  await db.runMigrations();
  await db.destroy();

  project.provide('serverUrl', serverUrl);
  project.provide('templateDatabase', templateDatabase);

  return async () => {
    await admin.query(`DROP DATABASE IF EXISTS ${templateDatabase} WITH (FORCE)`);
    await admin.end();
    await embedded?.stop();
    if (embeddedDir) fs.rmSync(embeddedDir, { recursive: true, force: true });
  };
}
