/**
 * npm run bench: seeds the scale data set (--scale, default 1) into a scratch database, starts
 * the API and the floor (scripts/floor.ts), and measures four requests against both with
 * autocannon from this process, alternating API and floor. Prints requests/s, p50 and p99, and
 * the API/floor ratio. Uses DATABASE_URL's server when set, else an embedded PostgreSQL.
 * BENCH_DATABASE_URL reuses an already seeded database instead. Then the "mixed" scenario
 * (scripts/benchMixed.ts): --clients concurrent clients listing, reading, updating with row_version
 * and moving jobs on for --mixed-duration seconds, checked for 5xx and lost updates; and the
 * "import" scenario (scripts/benchImport.ts): 10,000 release files through the import API against
 * a raw INSERT. `--only mixed` runs the mixed scenario alone, on the seeded data; `--only import`
 * runs the import alone, on a migrated scratch database without the seed. Exits 1 when mixed fails.
 */
import { randomBytes } from 'node:crypto';
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import autocannon from 'autocannon';
import pg from 'pg';
import { apiTokenFor } from '../server/seed/apiToken.js';
import { createUser } from '../server/seed/users.js';
import { createDataSource } from '../server/db/dataSource.js';
import { startEmbedded, type EmbeddedDatabase } from '../server/db/embedded.js';
import { seedScale } from '../server/seed/scale.js';
import { benchImport } from './benchImport.js';
import { benchMixed, q } from './benchMixed.js';
import { freePort } from '../tests/support/ports.js';

const { values: args } = parseArgs({
  options: {
    scale: { type: 'string', default: '1' },
    duration: { type: 'string', default: '6' },
    connections: { type: 'string', default: '10' },
    only: { type: 'string' },
    runs: { type: 'string', default: '3' },
    clients: { type: 'string', default: '50' },
    'mixed-duration': { type: 'string', default: '30' },
  },
});
const SCENARIOS = ['import', 'mixed'];
if (args.only !== undefined && !SCENARIOS.includes(args.only))
  throw new Error(`--only takes one scenario: ${SCENARIOS.join(' or ')} (got ${args.only})`);
const readsToo = args.only === undefined;
const selected = (scenario: string) => args.only === undefined || args.only === scenario;
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
function start(script: string, env: Record<string, string>, ready?: RegExp): Promise<ChildProcess> {
  const child = spawn(process.execPath, ['--import', 'tsx', script], {
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

let authorization = '';

interface Figures {
  rps: number;
  p50: number;
  p99: number;
  errors: number;
}

async function measure(port: number, paths: string[], seconds: number): Promise<Figures> {
  const result = await autocannon({
    url: `http://127.0.0.1:${port}`,
    connections,
    duration: seconds,
    headers: { authorization },
    requests: paths.map((p) => ({ method: 'GET', path: p })),
  });
  return { rps: result.requests.average, p50: result.latency.p50, p99: result.latency.p99, errors: result.non2xx + result.errors };
}

async function body(port: number, p: string): Promise<string> {
  const res = await fetch(`http://127.0.0.1:${port}${p}`, { headers: { authorization } });
  return `${res.status} ${res.headers.get('content-range') ?? ''} ${await res.text()}`;
}

async function main(): Promise<boolean> {
  let passed = true;
  const db = await scratchDatabase();
  const children: ChildProcess[] = [];
  try {
    const source = createDataSource(db.url, { poolSize: 2 });
    await source.initialize();
    await source.runMigrations();
    if (!db.seeded && args.only !== 'import') {
      const started = performance.now();
      const counts = await seedScale(source, Number(args.scale));
      console.log(`Seeded ${JSON.stringify(counts)} in ${((performance.now() - started) / 1000).toFixed(1)} s`);
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
    authorization = `Bearer ${await apiTokenFor(source, userId, 'bench')}`;
    await source.destroy();

    const [apiPort, floorPort] = [await freePort(), await freePort()];
    children.push(
      await start('server/main.ts', {
        DATABASE_URL: db.url,
        PORT: String(apiPort),
        SEED_DEMO: 'false',
        LOG_LEVEL: 'warn',
        ADMIN_PASSWORD: 'bench-admin-password',
      }),
    );
    if (readsToo) children.push(await start('scripts/floor.ts', { DATABASE_URL: db.url, PORT: String(floorPort) }, /floor ready/));
    // Readiness, not /api/health: liveness answers 200 from the start-up placeholder too, before the API serves.
    const serving = () =>
      fetch(`http://127.0.0.1:${apiPort}/api/ready`).then(
        (r) => r.ok,
        () => false,
      );
    for (let i = 0; i < 150 && !(await serving()); i++) await new Promise((r) => setTimeout(r, 200));
    if (readsToo)
      console.log('The API authenticates every request with an API token (one more query each); the floor does no authentication.');

    const cases: [string, string[], number][] = !readsToo
      ? []
      : [
          [
            'a  jobs approved, newest, page 1',
            [`/api/jobs${q({ filter: { status: 'approved' }, sort: ['created', 'DESC'], range: [0, 24] })}`],
            0.85,
          ],
          ['b  jobs rows 100000-100024', [`/api/jobs${q({ sort: ['created', 'DESC'], range: [100000, 100024] })}`], 0.85],
          ['c  release + its files', [`/api/releases/${releaseId}`, `/api/release-files${q({ filter: { release_id: releaseId } })}`], 0.7],
          ['d  pages q=python, 25 rows', [`/api/pages${q({ filter: { q: 'python' }, range: [0, 24] })}`], 0.85],
        ];
    if (readsToo) console.log(`\n${connections} connections, ${duration} s per run, API and floor alternating, two runs each.\n`);
    if (readsToo)
      console.log('request                            | API req/s   p50   p99 | floor req/s   p50   p99 | ratio | target | same body');
    for (const [label, paths, target] of cases) {
      const same = (await Promise.all(paths.map(async (p) => (await body(apiPort, p)) === (await body(floorPort, p))))).every(Boolean);
      await measure(apiPort, paths, 1);
      await measure(floorPort, paths, 1);
      const api: Figures[] = [];
      const floor: Figures[] = [];
      for (let round = 0; round < 2; round++) {
        api.push(await measure(apiPort, paths, duration));
        floor.push(await measure(floorPort, paths, duration));
      }
      const mean = (runs: Figures[], key: keyof Figures) => runs.reduce((sum, r) => sum + r[key], 0) / runs.length;
      const ratio = mean(api, 'rps') / mean(floor, 'rps');
      const errors = mean(api, 'errors') + mean(floor, 'errors');
      const cell = (runs: Figures[]) =>
        `${mean(runs, 'rps').toFixed(0).padStart(9)} ${mean(runs, 'p50').toFixed(0).padStart(5)} ${mean(runs, 'p99').toFixed(0).padStart(5)}`;
      console.log(
        `${label.padEnd(34)} | ${cell(api)} | ${cell(floor)}   | ${ratio.toFixed(2).padStart(5)} | ${target.toFixed(2).padStart(6)} ${ratio >= target ? 'met ' : 'MISS'} | ${same ? 'yes' : 'no'}${errors ? `  (${errors} errors)` : ''}`,
      );
    }
    if (selected('mixed')) {
      passed = await benchMixed({
        port: apiPort,
        databaseUrl: db.url,
        authorization,
        clients: Number(args.clients),
        seconds: Number(args['mixed-duration']),
      });
    }
    if (selected('import')) await benchImport({ port: apiPort, databaseUrl: db.url, authorization, runs: Number(args.runs) });
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
