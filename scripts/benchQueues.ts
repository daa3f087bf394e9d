/**
 * npm run bench:queues: the measurement behind docs/queues.md. The same work, a signed POST per job to
 * a loopback receiver, through this project's delivery queue (server/webhooks/) and through
 * graphile-worker, each in a worker process of its own (scripts/queueWorker.ts):
 *   1. throughput and lag: 2,000 jobs enqueued in one transaction, drained by 16 concurrent sends;
 *   2. order under a retry: two jobs for one record, the first failing once;
 *   3. a worker killed mid-delivery (SIGKILL), a new one started: is the job delivered, and when?
 * Uses DATABASE_URL's server (a scratch database, dropped after) or an embedded PostgreSQL.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { runMigrations as graphileMigrations } from 'graphile-worker';
import pg from 'pg';
import { createDataSource } from '../server/db/dataSource.js';
import { startEmbedded } from '../server/db/embedded.js';
import { newSecret } from '../server/webhooks/secrets.js';
import { freePort } from '../tests/support/ports.js';

type Kind = 'ours' | 'graphile';
const JOBS = 2000;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const pct = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];

async function main() {
  let serverUrl = process.env.DATABASE_URL;
  let stopEmbedded = async () => {};
  if (!serverUrl) {
    const embedded = await startEmbedded(fs.mkdtempSync(path.join(os.tmpdir(), 'pydotorg-queues-')), await freePort());
    serverUrl = embedded.url;
    stopEmbedded = () => embedded.stop();
  }
  const name = `bench_queues_${Date.now().toString(36)}`;
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  const url = Object.assign(new URL(serverUrl), { pathname: `/${name}` }).toString();
  const workers: ChildProcess[] = [];
  const receiverState = { fail: new Set<string>(), hang: new Set<string>() };
  const arrivals = new Map<string, number[]>();
  const receiver = http.createServer((req, res) => {
    const id = String(req.headers['webhook-id']);
    req.resume();
    req.on('end', () => {
      arrivals.set(id, [...(arrivals.get(id) ?? []), Date.now()]);
      if (receiverState.hang.delete(id)) return; // never answered: its worker is killed meanwhile
      if (receiverState.fail.delete(id)) return void res.writeHead(500).end();
      res.writeHead(204).end();
    });
  });
  await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve));
  const target = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/hook`;
  const db = new pg.Client({ connectionString: url });
  try {
    const source = createDataSource(url, { poolSize: 2 });
    await source.initialize();
    await source.runMigrations();
    await source.destroy();
    await graphileMigrations({ connectionString: url });
    await db.connect();
    const secret = newSecret();
    const [{ id: webhookId }] = (
      await db.query(`INSERT INTO webhooks (name, url, secret) VALUES ('bench', $1, $2) RETURNING id`, [target, secret])
    ).rows;

    const startWorker = async (kind: Kind) => {
      const child = spawn(process.execPath, ['--import', 'tsx', 'scripts/queueWorker.ts', kind, url, target, secret], {
        stdio: ['ignore', 'pipe', 'inherit'],
        env: { ...process.env, LOG_LEVEL: 'warn' },
      });
      workers.push(child);
      await new Promise<void>((resolve) =>
        child.stdout!.on('data', (chunk: Buffer) => String(chunk).includes('worker ready') && resolve()),
      );
      return child;
    };
    const stop = async (child: ChildProcess, signal: NodeJS.Signals = 'SIGTERM') => {
      child.kill(signal);
      await new Promise((resolve) => (child.exitCode !== null ? resolve(null) : child.on('exit', resolve)));
    };
    /** Enqueues jobs in one transaction: [message id, record] each. */
    const enqueue = async (kind: Kind, jobs: [string, number][], named = true) => {
      const ids = jobs.map(([id]) => id);
      const records = jobs.map(([, record]) => record);
      if (kind === 'ours') {
        await db.query(
          `INSERT INTO webhook_deliveries (webhook_id, message_id, event_type, resource, record_id, body)
           SELECT $1, id, 'bench', 'bench', record, json_build_object('id', id)::text FROM unnest($2::text[], $3::int[]) AS j(id, record)`,
          [webhookId, ids, records],
        );
      } else {
        // A named queue per record: graphile-worker's way to run one record's jobs one at a time.
        await db.query(
          `SELECT graphile_worker.add_job('deliver', json_build_object('id', id, 'body', json_build_object('id', id)::text),
                  queue_name => CASE WHEN $3 THEN 'record-' || record END)
             FROM unnest($1::text[], $2::int[]) WITH ORDINALITY AS j(id, record, n) ORDER BY n`,
          [ids, records, named],
        );
      }
      return Date.now();
    };
    const delivered = async (ids: string[], timeoutMs: number) => {
      const deadline = Date.now() + timeoutMs;
      while (Date.now() < deadline && !ids.every((id) => (arrivals.get(id)?.length ?? 0) > 0)) await sleep(10);
      return ids.every((id) => (arrivals.get(id)?.length ?? 0) > 0);
    };

    const results: Record<Kind, string[]> = { ours: [], graphile: [] };
    /** Enqueues `JOBS` jobs at once and waits for them all: jobs/s, and the lag from the commit to each arrival. */
    const drain = async (kind: Kind, label: string, named: boolean) => {
      const ids = Array.from({ length: JOBS }, (_, i) => `msg_${kind}_${label}${i}`);
      const committed = await enqueue(
        kind,
        ids.map((id, i) => [id, 100_000 + i]),
        named,
      );
      await delivered(ids, 60_000);
      const lags = ids.map((id) => (arrivals.get(id)?.[0] ?? Infinity) - committed).sort((a, b) => a - b);
      const seconds = lags.at(-1)! / 1000;
      const twice = ids.filter((id) => (arrivals.get(id)?.length ?? 0) > 1).length;
      return `${(JOBS / seconds).toFixed(0)} jobs/s; lag p50 ${pct(lags, 50)} ms, p99 ${pct(lags, 99)} ms; ${twice} twice`;
    };
    let graphileUnnamed = '';
    for (const kind of ['ours', 'graphile'] as const) {
      // 1. Throughput and lag: each job on a record of its own (no ordering constraint between them).
      const worker = await startWorker(kind);
      results[kind].push(await drain(kind, 't', true));
      if (kind === 'graphile') graphileUnnamed = await drain(kind, 'u', false);

      // 2. Order under a retry: the first of two jobs for one record fails once.
      const [first, second] = [`msg_${kind}_o1`, `msg_${kind}_o2`];
      receiverState.fail.add(first);
      await enqueue(kind, [
        [first, 7],
        [second, 7],
      ]);
      await delivered([first, second], 30_000);
      const okFirst = arrivals.get(first)?.at(-1);
      const okSecond = arrivals.get(second)?.at(-1);
      results[kind].push(
        okFirst && okSecond ? (okFirst <= okSecond ? 'kept' : 'broken: the second job arrived before the first') : 'not delivered in 30 s',
      );

      // 3. Killed mid-delivery: the receiver holds the request, the worker is SIGKILLed, a new one starts.
      const crashed = `msg_${kind}_crash`;
      receiverState.hang.add(crashed);
      await enqueue(kind, [[crashed, 9]]);
      while (!arrivals.has(crashed)) await sleep(10);
      await stop(worker, 'SIGKILL');
      const killedAt = Date.now();
      const next = await startWorker(kind);
      const deadline = killedAt + 30_000;
      while (Date.now() < deadline && (arrivals.get(crashed)?.length ?? 0) < 2) await sleep(20);
      const again = arrivals.get(crashed)?.[1];
      results[kind].push(
        again ? `delivered again ${((again - killedAt) / 1000).toFixed(1)} s after the kill` : 'not delivered within 30 s',
      );
      await stop(next);
    }
    const rows = [
      '2,000 jobs, 16 at a time, each record in order',
      'per-record order, first job failing once',
      'worker killed mid-delivery',
    ];
    console.log('\nqueues: the same signed POSTs to a loopback receiver');
    for (const [i, row] of rows.entries()) {
      console.log(`  ${row}:\n    this project's queue: ${results.ours[i]}\n    graphile-worker:      ${results.graphile[i]}`);
      if (i === 0) console.log(`    graphile-worker, no named queues (no order): ${graphileUnnamed}`);
    }
  } finally {
    for (const child of workers) if (child.exitCode === null) child.kill('SIGKILL');
    receiver.closeAllConnections();
    receiver.close();
    await db.end().catch(() => {});
    await sleep(300);
    await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await admin.end();
    await stopEmbedded();
  }
}

main().then(
  () => process.exit(0),
  (error) => {
    console.error(error);
    process.exit(1);
  },
);
