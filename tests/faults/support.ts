import pg from 'pg';
import { afterAll, beforeAll } from 'vitest';
import { apiTokenFor } from '../../server/seed/apiToken.js';
import { createUser } from '../../server/seed/users.js';
import { createTestDatabase, type TestDatabase } from '../support/database.js';
import { freePort } from '../support/ports.js';
import { startServer, waitFor, type RunningServer } from '../support/server.js';

export interface Instance {
  base: string;
  server: RunningServer;
  /** SIGTERM, and the exit code. */
  stop(): Promise<number | null>;
}

/** A real server process (`server/main.ts`, see startServer) on this database, once it is ready. */
export async function startInstance(
  databaseUrl: string,
  env: Record<string, string> = {},
  options: { ready?: boolean } = {},
): Promise<Instance> {
  const port = await freePort();
  const server = startServer({
    DATABASE_URL: databaseUrl,
    PORT: String(port),
    SEED_DEMO: 'false',
    ADMIN_PASSWORD: 'fault test admin pw',
    OUTBOX_INTERVAL_SECONDS: '0',
    JOBS_EXPIRE_INTERVAL_SECONDS: '0',
    ...env,
  });
  const base = `http://127.0.0.1:${port}`;
  await waitFor(server, port, options.ready === false ? '/api/health' : '/api/ready');
  return {
    base,
    server,
    async stop() {
      if (server.child.exitCode === null) server.child.kill('SIGTERM');
      return server.exited;
    },
  };
}

/** A superuser's API token, made straight in the database. */
export async function superuserToken(t: TestDatabase): Promise<string> {
  const userId = await createUser(t.db, {
    username: `faults-${Date.now()}`,
    email: `faults-${Date.now()}@example.org`,
    password: 'x'.repeat(12),
    superuser: true,
  });
  return apiTokenFor(t.db, userId, 'faults');
}

/** A migrated database of the test file's own with a superuser's API token, dropped after its tests. */
export function databaseWithToken(): { t: TestDatabase; token: string } {
  const files = {} as { t: TestDatabase; token: string };
  beforeAll(async () => {
    files.t = await createTestDatabase();
    files.token = await superuserToken(files.t);
  });
  afterAll(() => files.t.drop());
  return files;
}

export interface Reply {
  status: number;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- whatever JSON (or text) the server sent; tests read it field by field
  body: any;
  headers: Headers;
  ms: number;
}

/** One HTTP call; a network failure is status 0. */
export async function call(
  base: string,
  method: string,
  path: string,
  options: { token?: string; body?: unknown; headers?: Record<string, string> } = {},
): Promise<Reply> {
  const started = performance.now();
  const headers: Record<string, string> = { ...options.headers };
  if (options.token) headers.authorization = `Bearer ${options.token}`;
  if (options.body !== undefined) headers['content-type'] = 'application/json';
  try {
    const res = await fetch(`${base}${path}`, {
      method,
      headers,
      body: options.body === undefined ? undefined : JSON.stringify(options.body),
    });
    const text = await res.text();
    let body: unknown = text;
    try {
      body = JSON.parse(text);
    } catch {
      // Not JSON (a proxy's or a placeholder's text): the body stays the text.
    }
    return { status: res.status, body, headers: res.headers, ms: performance.now() - started };
  } catch (error) {
    return { status: 0, body: String(error), headers: new Headers(), ms: performance.now() - started };
  }
}

/** A box straight in the database: the record the slow-request tests write. */
export async function newBox(t: TestDatabase, label: string): Promise<{ id: number; row_version: number }> {
  const [box] = await t.db.query(`INSERT INTO boxes (label, content) VALUES ($1, '') RETURNING id, row_version`, [label]);
  return box;
}

/** Holds a row lock from another connection, so a request that writes the row waits: a slow request on demand. */
export async function lockRow(url: string, table: string, id: number): Promise<{ release: () => Promise<void> }> {
  const client = new pg.Client({ connectionString: url });
  client.on('error', () => {}); // terminated when a failed test's database is dropped
  await client.connect();
  await client.query('BEGIN');
  await client.query(`SELECT 1 FROM ${table} WHERE id = $1 FOR UPDATE`, [id]);
  return {
    async release() {
      await client.query('COMMIT').catch(() => {});
      await client.end().catch(() => {});
    },
  };
}

/** Terminates every connection the server holds to this database (what a failover or an operator's kill does). */
export async function terminateServerConnections(url: string, database: string): Promise<number> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query(
      `SELECT count(pg_terminate_backend(pid))::int AS killed FROM pg_stat_activity
       WHERE datname = $1 AND pid <> pg_backend_pid() AND application_name LIKE 'pydotorg-admin%'`,
      [database],
    );
    return rows[0].killed;
  } finally {
    await client.end();
  }
}

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Polls until `probe` is true, or fails after `timeoutMs`; resolves with the time it took. */
export async function eventually(probe: () => Promise<boolean>, timeoutMs: number, what: string): Promise<number> {
  const started = Date.now();
  while (Date.now() - started < timeoutMs) {
    if (await probe()) return Date.now() - started;
    await sleep(100);
  }
  throw new Error(`${what}: not within ${timeoutMs} ms`);
}
