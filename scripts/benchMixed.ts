/**
 * The "mixed" scenario of npm run bench: `clients` concurrent loops for `seconds`, each taking a
 * weighted random step — a list, a get, a box update (GET, then PUT with its row_version and the
 * counter in `content` plus one; on 409 read again and retry) or a job transition (GET, then POST
 * the action its status allows with its row_version; 409 likewise). Afterwards the database is
 * compared with what the API acknowledged: every box's counter must equal its 200 PUTs and every
 * job's job_transitions rows its 200 transitions. Any 5xx, lost update, unexpected 4xx or network
 * error fails the scenario.
 */
import pg from 'pg';

export interface MixedOptions {
  port: number;
  databaseUrl: string;
  authorization: string;
  clients?: number;
  seconds?: number;
  /** How many boxes and jobs the writers share: fewer means more 409s. */
  boxes?: number;
  jobs?: number;
}

type Row = Record<string, unknown>;
type Op = 'list' | 'get' | 'update' | 'transition';
const WEIGHTS: [Op, number][] = [
  ['list', 0.35],
  ['get', 0.25],
  ['update', 0.25],
  ['transition', 0.15],
];
/** The one action a moderator takes from each status, so a job cycles review → approved → archived → review. */
const NEXT: Record<string, string> = {
  review: 'approve',
  approved: 'archive',
  expired: 'archive',
  archived: 'reopen',
  draft: 'submit',
  rejected: 'submit',
  removed: 'reopen',
};
const MAX_TRIES = 20;
const TIMEOUT_MS = 15_000;

/** react-admin's JSON query parameters. */
export const q = (params: Record<string, unknown>) =>
  `?${Object.entries(params)
    .map(([k, v]) => `${k}=${encodeURIComponent(JSON.stringify(v))}`)
    .join('&')}`;
const pick = <T>(items: readonly T[]): T => items[Math.floor(Math.random() * items.length)];
const percentile = (sorted: number[], p: number) =>
  sorted.length ? sorted[Math.min(sorted.length - 1, Math.ceil(p * sorted.length) - 1)] : 0;

class Tally {
  /** Milliseconds per kind of request ("GET list", "PUT box", ...). */
  latencies = new Map<string, number[]>();
  counts = { ok: 0, conflict: 0, other4xx: 0, server: 0, network: 0 };
  /** The first unexpected answers, verbatim, to report. */
  samples: string[] = [];
  acked = { update: new Map<number, number>(), transition: new Map<number, number>() };
  retries = { update: 0, transition: 0 };
  gaveUp = { update: 0, transition: 0 };
  /** Writes whose answer never came (network error): they may or may not have committed. */
  unknown = { update: 0, transition: 0 };

  constructor(
    private base: string,
    private authorization: string,
  ) {}

  private note(line: string) {
    if (this.samples.length < 10) this.samples.push(line);
  }

  async call(kind: string, method: string, path: string, body?: unknown): Promise<{ status: number; body: Row } | undefined> {
    const started = performance.now();
    try {
      const res = await fetch(this.base + path, {
        method,
        body: body === undefined ? undefined : JSON.stringify(body),
        signal: AbortSignal.timeout(TIMEOUT_MS),
        headers: { authorization: this.authorization, ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
      });
      const text = await res.text();
      const samples = this.latencies.get(kind) ?? [];
      samples.push(performance.now() - started);
      this.latencies.set(kind, samples);
      if (res.status < 300) this.counts.ok++;
      else if (res.status === 409) this.counts.conflict++;
      else {
        this.counts[res.status >= 500 ? 'server' : 'other4xx']++;
        this.note(`${method} ${path} → ${res.status} ${text.slice(0, 400)}`);
      }
      return { status: res.status, body: res.status < 300 && text ? JSON.parse(text) : {} };
    } catch (error) {
      this.counts.network++;
      this.note(
        `${method} ${path} → network error after ${(performance.now() - started).toFixed(0)} ms: ${(error as Error).message} ${String((error as { cause?: unknown }).cause ?? '')}`,
      );
      return undefined;
    }
  }

  /** GET the record, then write what `change` makes of it; re-read and retry on 409. */
  async readThenWrite(kind: 'update' | 'transition', id: number, getPath: string, write: (row: Row) => [string, string, unknown]) {
    for (let attempt = 0; attempt < MAX_TRIES; attempt++) {
      const got = await this.call('GET one', 'GET', getPath);
      if (got?.status !== 200) return;
      const [method, path, body] = write(got.body);
      const answer = await this.call(`${method} ${kind}`, method, path, body);
      if (!answer) this.unknown[kind]++;
      if (answer?.status === 200) this.acked[kind].set(id, (this.acked[kind].get(id) ?? 0) + 1);
      if (answer?.status !== 409) return;
      this.retries[kind]++;
    }
    this.gaveUp[kind]++;
  }
}

async function setUp(client: pg.Client, boxes: number, jobs: number) {
  const run = `bench-mixed-${Date.now().toString(36)}`;
  await client.query(
    `INSERT INTO job_categories (name, slug) VALUES ('Software Engineer', 'software-engineer') ON CONFLICT (slug) DO NOTHING`,
  );
  const {
    rows: [{ id: categoryId }],
  } = await client.query(`SELECT id FROM job_categories ORDER BY id LIMIT 1`);
  const boxIds = (
    await client.query(
      `INSERT INTO boxes (label, content, content_markup_type) SELECT $1 || '-' || i, '0', 'text' FROM generate_series(1, $2::int) i RETURNING id`,
      [run, boxes],
    )
  ).rows.map((r) => r.id as number);
  const jobIds = (
    await client.query(
      `INSERT INTO jobs (category_id, company_name, job_title, city, country, description, requirements, email, url, status)
     SELECT $3, 'Bench Co', 'Bench job ' || i, 'Amsterdam', 'Netherlands', 'A job for the mixed bench.', 'None.', 'bench@example.org', 'https://example.org/' || $1 || '/' || i, 'review'
     FROM generate_series(1, $2::int) i RETURNING id`,
      [run, jobs, categoryId],
    )
  ).rows.map((r) => r.id as number);
  const releaseIds = (
    await client.query(
      `SELECT id FROM releases r WHERE EXISTS (SELECT 1 FROM release_files f WHERE f.release_id = r.id) ORDER BY id LIMIT 50`,
    )
  ).rows.map((r) => r.id as number);
  const readJobIds = (await client.query(`SELECT id FROM jobs TABLESAMPLE SYSTEM (5) LIMIT 1000`)).rows.map((r) => r.id as number);
  return { boxIds, jobIds, releaseIds, readJobIds: readJobIds.length ? readJobIds : jobIds };
}

/** Compares the database with what was acknowledged; returns mismatches per check. */
async function verify(client: pg.Client, tally: Tally, boxIds: number[], jobIds: number[], since: Date) {
  const boxes = (await client.query(`SELECT id, content FROM boxes WHERE id = ANY($1::int[])`, [boxIds])).rows;
  const boxMismatch = boxes.reduce((sum, b) => sum + Math.abs(Number(b.content) - (tally.acked.update.get(b.id) ?? 0)), 0);
  // Ordered by id, not created: created is the transaction's start, and transitions queue on the row lock.
  const jobs = (
    await client.query(
      `SELECT j.id, j.status,
       (SELECT count(*)::int FROM job_transitions t WHERE t.job_id = j.id AND t.created >= $2) AS recorded,
       (SELECT count(*)::int FROM (SELECT from_status, lag(to_status) OVER (ORDER BY id) AS prev FROM job_transitions t WHERE t.job_id = j.id) c
         WHERE prev IS NOT NULL AND prev <> from_status) AS breaks,
       (SELECT to_status FROM job_transitions t WHERE t.job_id = j.id ORDER BY id DESC LIMIT 1) AS last_to
     FROM jobs j WHERE j.id = ANY($1::int[])`,
      [jobIds, since],
    )
  ).rows;
  const jobMismatch = jobs.reduce((sum, j) => sum + Math.abs(j.recorded - (tally.acked.transition.get(j.id) ?? 0)), 0);
  const broken = jobs.filter((j) => j.breaks > 0 || (j.last_to !== null && j.last_to !== j.status)).length;
  return { boxMismatch, jobMismatch, broken, missing: boxIds.length - boxes.length + jobIds.length - jobs.length };
}

const sum = (map: Map<number, number>) => [...map.values()].reduce((a, b) => a + b, 0);

/** Runs the scenario against an API already listening on `port` over `databaseUrl`; prints the figures and returns whether it passed. */
export async function benchMixed(options: MixedOptions): Promise<boolean> {
  const { clients = 50, seconds = 30, boxes = 100, jobs = 50 } = options;
  const client = new pg.Client({ connectionString: options.databaseUrl });
  await client.connect();
  const ids = await setUp(client, boxes, jobs);
  try {
    const tally = new Tally(`http://127.0.0.1:${options.port}`, options.authorization);
    const lists = [
      `/api/jobs${q({ filter: { status: 'approved' }, sort: ['created', 'DESC'], range: [0, 24] })}`,
      `/api/jobs${q({ filter: { status: 'review' }, sort: ['created', 'DESC'], range: [0, 24] })}`,
      `/api/boxes${q({ range: [0, 24] })}`,
      ...(ids.releaseIds.length
        ? ids.releaseIds.map((id) => `/api/release-files${q({ filter: { release_id: id } })}`)
        : [`/api/release-files${q({ range: [0, 24] })}`]),
    ];
    const gets = () =>
      pick([
        `/api/jobs/${pick(ids.readJobIds)}`,
        `/api/boxes/${pick(ids.boxIds)}`,
        ...(ids.releaseIds.length ? [`/api/releases/${pick(ids.releaseIds)}`] : []),
      ]);
    const step = async (op: Op) => {
      if (op === 'list') await tally.call('GET list', 'GET', pick(lists));
      else if (op === 'get') await tally.call('GET one', 'GET', gets());
      else if (op === 'update') {
        const id = pick(ids.boxIds);
        await tally.readThenWrite('update', id, `/api/boxes/${id}`, (box) => [
          'PUT',
          `/api/boxes/${id}`,
          { ...box, content: String(Number(box.content) + 1) },
        ]);
      } else {
        const id = pick(ids.jobIds);
        await tally.readThenWrite('transition', id, `/api/jobs/${id}`, (job) => [
          'POST',
          `/api/jobs/${id}/${NEXT[String(job.status)]}`,
          { row_version: job.row_version, reason: 'mixed bench' },
        ]);
      }
    };
    const chooseOp = () => {
      let r = Math.random();
      for (const [op, weight] of WEIGHTS) if ((r -= weight) < 0) return op;
      return WEIGHTS[0][0];
    };
    const {
      rows: [{ now: since }],
    } = await client.query(`SELECT now()`);
    const started = performance.now();
    const deadline = started + seconds * 1000;
    await Promise.all(
      Array.from({ length: clients }, async () => {
        while (performance.now() < deadline) await step(chooseOp());
      }),
    );
    const elapsed = (performance.now() - started) / 1000;
    const check = await verify(client, tally, ids.boxIds, ids.jobIds, since);

    const sorted = [...tally.latencies.values()].flat().sort((a, b) => a - b);
    const [p50, p99] = [percentile(sorted, 0.5), percentile(sorted, 0.99)];
    const byKind = [...tally.latencies].map(([kind, ms]) => {
      const own = ms.sort((a, b) => a - b);
      return `${kind} ${own.length}× ${percentile(own, 0.5).toFixed(0)}/${percentile(own, 0.99).toFixed(0)}`;
    });
    const total = Object.values(tally.counts).reduce((a, b) => a + b, 0);
    const { ok, conflict, other4xx, server, network } = tally.counts;
    const rps = (total - network) / elapsed; // answered requests only: a refused connection is fast and proves nothing
    const lost = check.boxMismatch + check.jobMismatch + check.missing;
    console.log(
      `\nmixed: ${clients} clients for ${seconds} s, steps ${WEIGHTS.map(([op, w]) => `${op} ${w * 100}%`).join(', ')}; writes shared over ${ids.boxIds.length} boxes and ${ids.jobIds.length} jobs.`,
    );
    console.log(
      `  ${total - network} requests answered in ${elapsed.toFixed(1)} s: ${rps.toFixed(0)} req/s, p50 ${p50.toFixed(1)} ms, p99 ${p99.toFixed(1)} ms`,
    );
    console.log(`  by request, count and p50/p99 ms: ${byKind.join(' | ')}`);
    console.log(`  2xx ${ok} | 409 conflicts ${conflict} (expected) | other 4xx ${other4xx} | 5xx ${server} | network errors ${network}`);
    console.log(
      `  box updates acknowledged ${sum(tally.acked.update)} (409 retries ${tally.retries.update}, gave up ${tally.gaveUp.update}, unanswered ${tally.unknown.update})`,
    );
    console.log(
      `  job transitions acknowledged ${sum(tally.acked.transition)} (409 retries ${tally.retries.transition}, gave up ${tally.gaveUp.transition}, unanswered ${tally.unknown.transition})`,
    );
    console.log(
      `  box counters vs acknowledged PUTs: ${check.boxMismatch} off; job_transitions rows vs acknowledged transitions: ${check.jobMismatch} off; histories not chaining to the job's status: ${check.broken}`,
    );
    for (const line of tally.samples) console.log(`  unexpected: ${line}`);
    const passed = server === 0 && lost === 0 && other4xx === 0 && network === 0 && check.broken === 0;
    console.log(
      `mixed: ${rps.toFixed(0)} req/s p50=${p50.toFixed(1)}ms p99=${p99.toFixed(1)}ms conflicts=${conflict} 5xx=${server} lost_updates=${lost} other_4xx=${other4xx} network_errors=${network} — ${passed ? 'OK' : 'FAILED'}`,
    );
    return passed;
  } finally {
    // Jobs take their transitions with them (ON DELETE CASCADE); matters only for a reused BENCH_DATABASE_URL.
    await client.query(`DELETE FROM boxes WHERE id = ANY($1::int[])`, [ids.boxIds]);
    await client.query(`DELETE FROM jobs WHERE id = ANY($1::int[])`, [ids.jobIds]);
    await client.end();
  }
}
