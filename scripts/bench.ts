/**
 * npm run bench: seeds the scale data set (--scale, default 1) into a scratch database, builds and
 * starts the API (from dist/, as `npm start` runs it) and the floor (scripts/floor.ts), and measures
 * the read cases (scripts/benchReads.ts) against both with wrk (scripts/wrk.ts), alternating API and floor. Prints requests/s,
 * p50 and p99, and the API/floor ratio. `--baseline DIR` also starts the API and floor of another
 * checkout (an earlier commit, with its node_modules) on the same database, measured in the same
 * rounds: a before/after table from one run; on BENCH_BASELINE_DATABASE_URL when set (a copy of the
 * database from before this checkout's migrations), else on the same database. Uses DATABASE_URL's server when set, else an embedded PostgreSQL.
 * BENCH_DATABASE_URL reuses an already seeded database instead. Then the "mixed" scenario
 * (scripts/benchMixed.ts): --clients concurrent clients listing, reading, updating with row_version
 * and moving jobs on for --mixed-duration seconds, checked for 5xx and lost updates; and the
 * "import" scenario (scripts/benchImport.ts): 10,000 release files through the import API against
 * a raw INSERT; and the "webhooks" scenario (scripts/benchWebhooks.ts): 1,000 changes delivered to a local
 * receiver, with deliveries/s and the p99 lag from change to delivery. The delivery rows (e1-e3, scripts/benchDelivery.ts) read python.org's public API
 * anonymously, as its clients do, on python.org-sized data; e3 measures the 304 path against the API's own 200.
 * `--only` takes a comma-separated list of read cases (a, b, c1, c2, d, e1, e2, e3; `c` and `e` for
 * their rows, `reads` for all) and scenarios (mixed, import): `--only e`, `--only a,c1,mixed`. `--only mixed`
 * runs the mixed scenario alone, on the seeded data; `--only import` runs the import alone, on a migrated
 * scratch database without the seed. Exits 1 when mixed fails or the webhooks target is missed (on this checkout; with --baseline mixed also
 * runs, first, against the baseline).
 */
import { randomBytes } from 'node:crypto';
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import pg from 'pg';
import { apiTokenFor } from '../server/seed/apiToken.js';
import { hashToken } from '../server/auth/tokens.js';
import { createUser } from '../server/seed/users.js';
import { createDataSource } from '../server/db/dataSource.js';
import { startEmbedded, type EmbeddedDatabase } from '../server/db/embedded.js';
import { seedScale } from '../server/seed/scale.js';
import { deliveryData, PUBLIC_BASE_URL, type DeliveryData } from './benchDelivery.js';
import { benchImport } from './benchImport.js';
import { benchMixed } from './benchMixed.js';
import { benchWebhooks } from './benchWebhooks.js';
import { benchReads, CASE_IDS, family, readCases, type Pair } from './benchReads.js';
import { freePort } from '../tests/support/ports.js';

const { values: args } = parseArgs({
  options: {
    scale: { type: 'string', default: '1' },
    duration: { type: 'string', default: '8' },
    baseline: { type: 'string' },
    connections: { type: 'string', default: '10' },
    only: { type: 'string' },
    runs: { type: 'string', default: '3' },
    clients: { type: 'string', default: '50' },
    'mixed-duration': { type: 'string', default: '30' },
  },
});
const SCENARIOS = ['import', 'mixed', 'webhooks'];
const only = args.only?.split(',').map((token) => token.trim());
const known = new Set([...SCENARIOS, ...CASE_IDS, ...CASE_IDS.map(family), 'reads']);
const unknown = only?.filter((token) => !known.has(token));
if (unknown?.length)
  throw new Error(
    `--only takes read cases (${CASE_IDS.join(', ')}, c, e or reads) and scenarios (mixed, import, webhooks), got ${unknown.join(', ')}`,
  );
/** Whether a read case or scenario was asked for. */
const selected = (name: string) =>
  !only || only.some((token) => token === name || (CASE_IDS.includes(name) && (token === 'reads' || token === family(name))));
const readsToo = CASE_IDS.some(selected);
const deliveryToo = CASE_IDS.filter((id) => family(id) === 'e').some(selected);
/** The import alone runs on a migrated database without the seed. */
const seeded = readsToo || selected('mixed');
const duration = Number(args.duration);
const connections = Number(args.connections);

const withDatabase = (url: string, name: string) => Object.assign(new URL(url), { pathname: `/${name}` }).toString();

async function scratchDatabase(): Promise<{ url: string; cleanup: () => Promise<void>; seeded: boolean }> {
  if (process.env.BENCH_DATABASE_URL) return { url: process.env.BENCH_DATABASE_URL, cleanup: async () => {}, seeded: true };
  let embedded: EmbeddedDatabase | undefined;
  let dir: string | undefined;
  let serverUrl = process.env.DATABASE_URL;
  if (!serverUrl) {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pydotorg-bench-'));
    embedded = await startEmbedded(dir, await freePort());
    serverUrl = embedded.url;
  }
  const name = `bench_${Date.now()}`;
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  return {
    url: withDatabase(serverUrl, name),
    seeded: false,
    async cleanup() {
      await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await admin.end();
      await embedded?.stop();
      if (dir) fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}

let stopping = false;

/**
 * Starts a server script; resolves once its output matches `ready` (or at once when there is no pattern).
 * Should it exit before we stop it, the end of its output is printed: a server dying mid-run must not look like a slow one.
 */
function start(dir: string, script: string, env: Record<string, string>, ready?: RegExp): Promise<ChildProcess> {
  const child = spawn(process.execPath, [...(script.endsWith('.ts') ? ['--import', 'tsx'] : []), script], {
    cwd: dir,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  return new Promise((resolve, reject) => {
    if (!ready) resolve(child);
    const onData = (chunk: Buffer) => {
      output += chunk;
      if (ready?.test(output)) resolve(child);
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', onData);
    child.on('exit', (code, signal) => {
      if (!stopping)
        console.error(`\n${script} exited (${signal ?? code}) before the bench ended; its last output:\n${output.slice(-4000)}`);
      reject(new Error(`${script} exited with ${code}:\n${output}`));
    });
  });
}

async function main(): Promise<boolean> {
  let passed = true;
  const db = await scratchDatabase();
  const children: ChildProcess[] = [];
  try {
    const source = createDataSource(db.url, { poolSize: 2 });
    await source.initialize();
    // A migration that rewrites rows (SearchRankVector does) leaves a dead version of each: vacuumed
    // here, as autovacuum would do in its own time, so the bench measures the tables as they settle.
    if ((await source.runMigrations()).length) await source.query('VACUUM ANALYZE');
    if (!db.seeded && seeded) {
      const started = performance.now();
      const counts = await seedScale(source, Number(args.scale));
      console.log(`Seeded ${JSON.stringify(counts)} in ${((performance.now() - started) / 1000).toFixed(1)} s`);
    }
    let delivery: DeliveryData | undefined;
    if (deliveryToo) {
      delivery = await deliveryData(source);
      console.log(
        `Delivery: ${delivery.published} of ${delivery.releases} releases published; release ${delivery.releaseId} has ${delivery.files} files.`,
      );
    }
    const [{ id: releaseId } = { id: 0 }] = await source.query(
      `SELECT id FROM releases WHERE slug LIKE 'scale-%' ORDER BY id LIMIT 1 OFFSET 2500`,
    );
    // The API is measured as a release script uses it: with an API token (a superuser's).
    const [bencher] = await source.query(`SELECT id FROM users WHERE username = 'bench'`);
    const userId =
      bencher?.id ??
      (await createUser(source, {
        username: 'bench',
        email: 'bench@example.org',
        password: randomBytes(24).toString('base64url'),
        superuser: true,
      }));
    const secret = await apiTokenFor(source, userId, 'bench');
    const authorization = `Bearer ${secret}`;
    await source.destroy();
    /** The bench's token in the baseline's own database too, for its own superuser. */
    const sameToken = async (url: string) => {
      const other = new pg.Client({ connectionString: url });
      await other.connect();
      try {
        const [user] = (await other.query(`SELECT id FROM users WHERE is_superuser AND is_active ORDER BY id LIMIT 1`)).rows;
        if (!user) throw new Error('BENCH_BASELINE_DATABASE_URL has no active superuser to hold the bench token.');
        await other.query(`INSERT INTO auth_tokens (user_id, name, token_hash, token_prefix) VALUES ($1, 'bench', $2, $3)`, [
          user.id,
          hashToken(secret),
          secret.slice(0, 12),
        ]);
      } finally {
        await other.end();
      }
    };

    // Built and started as `npm start` does: compiled JavaScript, not the TypeScript loader.
    const build = (dir: string) => execFileSync('npm', ['run', '--silent', 'build:server'], { cwd: dir, stdio: 'inherit' });
    const here = process.cwd();
    const baseline = args.baseline ? path.resolve(args.baseline) : undefined;
    build(here);
    // The import scenario has no baseline: it needs a migrated database of this checkout without the seed.
    const compared = baseline && seeded;
    if (compared) build(baseline);
    // The public API unthrottled (wrk is one address), its v2 URLs from PUBLIC_BASE_URL on the API and the floor alike.
    const apiEnv = {
      DATABASE_URL: db.url,
      SEED_DEMO: 'false',
      LOG_LEVEL: 'warn',
      ADMIN_PASSWORD: 'bench-admin-password',
      PUBLIC_RATE_LIMIT_PER_MINUTE: '0',
      PUBLIC_BASE_URL,
      // The webhooks scenario's receiver is on the loopback.
      OUTBOUND_ALLOW_PRIVATE: 'true',
    };
    /** The API and (for the reads) the floor of one checkout. */
    const startPair = async (dir: string, label: string, url: string): Promise<Pair> => {
      const pair = { label, url, api: await freePort(), floor: await freePort() };
      children.push(await start(dir, 'dist/server/main.js', { ...apiEnv, DATABASE_URL: url, PORT: String(pair.api) }));
      if (readsToo)
        children.push(
          await start(dir, 'scripts/floor.ts', { DATABASE_URL: url, PORT: String(pair.floor), PUBLIC_BASE_URL }, /floor ready/),
        );
      // Readiness, not /api/health: liveness answers 200 from the start-up placeholder too, before the API serves.
      const serving = () =>
        fetch(`http://127.0.0.1:${pair.api}/api/ready`).then(
          (r) => r.ok,
          () => false,
        );
      for (let i = 0; i < 150 && !(await serving()); i++) await new Promise((r) => setTimeout(r, 200));
      return pair;
    };
    const pairs = [await startPair(here, 'now', db.url)];
    if (compared) {
      const url = process.env.BENCH_BASELINE_DATABASE_URL ?? db.url;
      if (url !== db.url) await sameToken(url);
      pairs.push(await startPair(baseline, 'before', url));
    }
    const apiPort = pairs[0].api;
    if (readsToo) {
      const cases = readCases(releaseId, delivery?.releaseId).filter((c) => selected(c.id));
      await benchReads({ pairs, cases, authorization, connections, duration });
    }
    // With a baseline, the mixed scenario runs against it first, then against this checkout.
    for (const pair of selected('mixed') ? [...pairs].reverse() : []) {
      if (pairs.length > 1) console.log(`\nmixed, ${pair.label}:`);
      const ok = await benchMixed({
        port: pair.api,
        databaseUrl: pair.url,
        authorization,
        clients: Number(args.clients),
        seconds: Number(args['mixed-duration']),
      });
      if (pair === pairs[0]) passed = ok;
    }
    if (selected('import')) await benchImport({ port: apiPort, databaseUrl: db.url, authorization, runs: Number(args.runs) });
    if (selected('webhooks') && !(await benchWebhooks({ port: apiPort, authorization }))) passed = false;
  } finally {
    stopping = true;
    for (const child of children) child.kill('SIGTERM');
    await new Promise((r) => setTimeout(r, 500));
    await db.cleanup();
  }
  return passed;
}

main().then(
  (passed) => process.exit(passed ? 0 : 1),
  (error) => {
    console.error(error);
    process.exit(1);
  },
);
