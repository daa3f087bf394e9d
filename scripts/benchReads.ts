/**
 * The read rows of npm run bench: each case one GET, measured with wrk (scripts/wrk.ts) against the
 * API and the floor (scripts/floor.ts) of every checkout in turn, two rounds, and printed as a row of
 * the table: requests/s, p50 and p99 of each column, the API/floor ratio against the case's target,
 * and whether the two columns answered the same body. A conditional row (e3) compares the API's 304s
 * with its own 200s instead of the floor.
 */
import http from 'node:http';
import { q } from './benchMixed.js';
import { ensureWrk, wrk, type Figures } from './wrk.js';

/** The read cases, in the table's order: what `--only` takes, with their families (c, e) and `reads`. */
export const CASE_IDS = ['a', 'b', 'c1', 'c2', 'd', 'e1', 'e2', 'e3'];
/** A case's row family: c for c1 and c2. */
export const family = (id: string) => id.replace(/\d+$/, '');

export interface ReadCase {
  id: string;
  label: string;
  path: string;
  /** API/floor; for a conditional row, the 304's requests/s over the 200's. */
  target: number;
  /** Without the bench's token: python.org's public API, as its clients read it. */
  anonymous?: boolean;
  /** The 304 row: the API with If-None-Match (its current ETag for `path`) against its own 200, not against the floor. */
  conditional?: boolean;
}

/** The API and the floor of one checkout. */
export interface Pair {
  label: string;
  /** The database it serves. */
  url: string;
  api: number;
  floor: number;
}

/** The read cases over the seeded data: `releaseId` a scale release, `deliveryReleaseId` the delivery data's. */
export function readCases(releaseId: number, deliveryReleaseId: number | undefined): ReadCase[] {
  const v2Releases = '/api/v2/downloads/release/?is_published=true';
  return [
    {
      id: 'a',
      label: 'a  jobs approved, newest, page 1',
      path: `/api/jobs${q({ filter: { status: 'approved' }, sort: ['created', 'DESC'], range: [0, 24] })}`,
      target: 0.85,
    },
    {
      id: 'b',
      label: 'b  jobs rows 100000-100024',
      path: `/api/jobs${q({ sort: ['created', 'DESC'], range: [100000, 100024] })}`,
      target: 0.85,
    },
    { id: 'c1', label: 'c1 release', path: `/api/releases/${releaseId}`, target: 0.7 },
    { id: 'c2', label: 'c2 its files', path: `/api/release-files${q({ filter: { release_id: releaseId } })}`, target: 0.8 },
    { id: 'd', label: 'd  pages q=python, 25 rows', path: `/api/pages${q({ filter: { q: 'python' }, range: [0, 24] })}`, target: 0.85 },
    { id: 'e1', label: 'e1 v2 releases, published', path: v2Releases, target: 0.85, anonymous: true },
    {
      id: 'e2',
      label: 'e2 v1 files of a release',
      path: `/api/v1/downloads/release_file/?release=${deliveryReleaseId}`,
      target: 0.85,
      anonymous: true,
    },
    { id: 'e3', label: 'e3 e1 If-None-Match: 304/200', path: v2Releases, target: 2, anonymous: true, conditional: true },
  ];
}

/** One server and the headers it is measured with: a column of the table. */
interface Slot {
  port: number;
  headers: Record<string, string>;
}

interface Reply {
  status: number;
  etag?: string;
  body: string;
  /** Status, Content-Range and body: what the `same body` column compares. */
  shown: string;
}

/** One GET on a connection of its own: while wrk runs this process is blocked, and a kept-alive one would have been closed by the server meanwhile. */
function get(slot: Slot, p: string): Promise<Reply> {
  return new Promise((resolve, reject) => {
    http
      .get({ host: '127.0.0.1', port: slot.port, path: p, headers: slot.headers, agent: false }, (res) => {
        let text = '';
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => (text += chunk));
        res.on('end', () =>
          resolve({
            status: res.statusCode!,
            etag: res.headers.etag,
            body: text,
            shown: `${res.statusCode} ${res.headers['content-range'] ?? ''} ${text}`,
          }),
        );
      })
      .on('error', reject);
  });
}

/**
 * The two columns a case compares on one pair, and whether they agree: the API and the floor answering
 * the same bytes, or (a conditional row) the API answering 304 and its own 200. Undefined for a pair
 * whose API does not serve the request (a baseline from before the endpoint).
 */
async function columnsOf(
  c: ReadCase,
  pair: Pair,
  first: boolean,
  authorization: string,
): Promise<{ slots: [Slot, Slot]; same: boolean } | undefined> {
  const plain: Record<string, string> = c.anonymous ? {} : { authorization };
  const api = { port: pair.api, headers: plain };
  const answer = await get(api, c.path);
  if (!first && answer.status !== 200) return undefined;
  if (!c.conditional)
    return {
      slots: [api, { port: pair.floor, headers: plain }],
      same: answer.status === 200 && answer.shown === (await get({ port: pair.floor, headers: plain }, c.path)).shown,
    };
  const cached = { port: pair.api, headers: { ...plain, 'if-none-match': answer.etag ?? '' } };
  const again = await get(cached, c.path);
  return { slots: [cached, api], same: answer.status === 200 && again.status === 304 && again.body === '' };
}

export interface ReadsOptions {
  /** This checkout's pair first (its ratio decides met or MISS), then the baseline's. */
  pairs: Pair[];
  cases: ReadCase[];
  /** The bench's API token, sent with every case that is not anonymous. */
  authorization: string;
  connections: number;
  /** Seconds per wrk run. */
  duration: number;
}

/** Measures each case on every pair and prints the table, a row per case. */
export async function benchReads({ pairs, cases, authorization, connections, duration }: ReadsOptions): Promise<void> {
  const measure = (slot: Slot, path: string, seconds: number): Figures =>
    wrk(`http://127.0.0.1:${slot.port}${path}`, { connections, seconds, headers: slot.headers });
  ensureWrk();
  console.log(
    'The API authenticates every request of a-d with an API token, e1-e3 are anonymous (the rate limit off); the floor does no authentication.',
  );
  console.log(`\nwrk, 1 thread, ${connections} connections, ${duration} s per run; every server in turn, two rounds; means of the two.\n`);
  const heads = pairs.map((p) => `${p.label}: API req/s   p50   p99 | floor req/s   p50   p99 | ratio`).join(' | ');
  console.log(`request                          | ${heads} | target | same body`);
  for (const c of cases) {
    const columns = await Promise.all(pairs.map((pair, i) => columnsOf(c, pair, i === 0, authorization)));
    const slots = columns.flatMap((column) => column?.slots ?? []);
    const runs = new Map<Slot, Figures[]>(slots.map((slot) => [slot, []]));
    for (const slot of slots) measure(slot, c.path, 1); // warm-up
    for (let round = 0; round < 2; round++) for (const slot of slots) runs.get(slot)!.push(measure(slot, c.path, duration));
    const mean = (slot: Slot, key: keyof Figures) => runs.get(slot)!.reduce((sum, r) => sum + r[key], 0) / 2;
    const cell = (slot: Slot) =>
      `${mean(slot, 'rps').toFixed(0).padStart(9)} ${mean(slot, 'p50').toFixed(1).padStart(5)} ${mean(slot, 'p99').toFixed(0).padStart(5)}`;
    const ratio = ([api, floor]: [Slot, Slot]) => mean(api, 'rps') / mean(floor, 'rps');
    const errors = [...runs.values()].flat().reduce((sum, r) => sum + r.errors, 0);
    const none = `${'-'.padStart(9)} ${'-'.padStart(5)} ${'-'.padStart(5)}`;
    const cols = pairs
      .map((p, i) => {
        const column = columns[i];
        const [api, floor, r] = column ? [cell(column.slots[0]), cell(column.slots[1]), ratio(column.slots).toFixed(2)] : [none, none, '-'];
        return `${' '.repeat(p.label.length + 2)}${api} | ${floor}   | ${r.padStart(5)}`;
      })
      .join(' | ');
    const met = ratio(columns[0]!.slots) >= c.target;
    const same = columns.every((column) => column?.same ?? true);
    console.log(
      `${c.label.padEnd(32)} | ${cols} | ${c.target.toFixed(2)} ${met ? 'met ' : 'MISS'} | ${same ? 'yes' : 'no'}${errors ? `  (${errors} errors)` : ''}`,
    );
  }
  if (cases.some((c) => c.conditional))
    console.log(
      'e3: "API" is the 304s to If-None-Match with the current ETag, "floor" the same API\'s 200s to that request, ratio 304/200; "same body" says the API answered 304 without a body.',
    );
}
