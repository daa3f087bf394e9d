/**
 * The "import" scenario of npm run bench: 10,000 release files POSTed as JSON to a fresh release
 * through the API (applied, not a dry run: checks, plan, insert, audit, one transaction) against
 * one raw multi-row INSERT of the same rows with pg. Alternates the two, a fresh release each time.
 * Also prints the raw INSERT with the audit rows the API must write, to tell the cost of the audit
 * trail from the API's own (HTTP, parsing, checks).
 */
import pg from 'pg';

const ROWS = 10_000;
const COLUMNS = [
  'name',
  'slug',
  'os_id',
  'release_id',
  'url',
  'gpg_signature_file',
  'sigstore_bundle_file',
  'sbom_spdx2_file',
  'md5_sum',
  'sha256_sum',
  'filesize',
  'is_source',
  'download_button',
];
const TYPES = ['text', 'text', 'int', 'int', 'text', 'text', 'text', 'text', 'text', 'text', 'int', 'boolean', 'boolean'];

type Row = Record<string, unknown>;

async function freshRelease(client: pg.Client, label: string): Promise<{ id: number; tag: string }> {
  const tag = `bench-import-${label}-${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;
  const {
    rows: [{ id }],
  } = await client.query(`INSERT INTO releases (name, slug, release_date) VALUES ($1, $2, now()) RETURNING id`, [tag, tag]);
  return { id, tag };
}

function manifest(tag: string, releaseId: number, osId: number): Row[] {
  return Array.from({ length: ROWS }, (_, i) => {
    const url = `https://www.python.org/ftp/python/${tag}/python-${i}-amd64.exe`;
    return {
      name: `Installer ${i}`,
      slug: `${tag}-${i}`,
      os_id: osId,
      release_id: releaseId,
      url,
      gpg_signature_file: `${url}.asc`,
      sigstore_bundle_file: `${url}.sigstore`,
      sbom_spdx2_file: `${url}.spdx.json`,
      md5_sum: i.toString(16).padStart(32, '0'),
      sha256_sum: i.toString(16).padStart(64, '0'),
      filesize: 25_000_000 + i,
      is_source: false,
      download_button: i === 0,
    };
  });
}

async function viaApi(port: number, authorization: string, releaseId: number, rows: Row[]): Promise<number> {
  const body = JSON.stringify(rows);
  const started = performance.now();
  const res = await fetch(`http://127.0.0.1:${port}/api/releases/${releaseId}/files/import`, {
    method: 'POST',
    headers: { authorization, 'content-type': 'application/json' },
    body,
  });
  const report = (await res.json()) as { create?: unknown[]; message?: string };
  const ms = performance.now() - started;
  if (res.status !== 200 || report.create?.length !== ROWS) throw new Error(`import answered ${res.status}: ${report.message ?? ''}`);
  return ms;
}

async function raw(client: pg.Client, rows: Row[]): Promise<number> {
  const arrays = COLUMNS.map((c) => rows.map((r) => r[c]));
  const started = performance.now();
  await client.query(
    `INSERT INTO release_files (${COLUMNS.join(', ')}) SELECT * FROM unnest(${TYPES.map((t, i) => `$${i + 1}::${t}[]`).join(', ')})`,
    arrays,
  );
  return performance.now() - started;
}

/**
 * For reference, not the target: the same INSERT plus one audit row per file carrying its fields,
 * as the API must write them (docs/api.md: every write is audited), in one statement.
 */
async function rawWithAudit(client: pg.Client, rows: Row[]): Promise<number> {
  const arrays = COLUMNS.map((c) => rows.map((r) => r[c]));
  const changes = ['id', ...COLUMNS].map((c) => `'${c}', jsonb_build_object('new', ins.${c})`).join(', ');
  const started = performance.now();
  await client.query(
    `WITH ins AS (INSERT INTO release_files (${COLUMNS.join(', ')}) SELECT * FROM unnest(${TYPES.map((t, i) => `$${i + 1}::${t}[]`).join(', ')}) RETURNING *)
     INSERT INTO audit_log (resource, record_id, action, changes) SELECT 'release-files', ins.id, 'create', jsonb_build_object(${changes}) FROM ins`,
    arrays,
  );
  return performance.now() - started;
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

/** Runs the scenario against an API already listening on `port` over `databaseUrl`; prints ms and the raw/API ratio. */
export async function benchImport(options: { port: number; databaseUrl: string; authorization: string; runs?: number }): Promise<void> {
  const runs = options.runs ?? 3;
  const client = new pg.Client({ connectionString: options.databaseUrl });
  await client.connect();
  const releases: number[] = [];
  try {
    await client.query(`INSERT INTO operating_systems (name, slug) VALUES ('Bench OS', 'bench-os') ON CONFLICT (slug) DO NOTHING`);
    const {
      rows: [{ id: osId }],
    } = await client.query(`SELECT id FROM operating_systems WHERE slug = 'bench-os'`);
    const api: number[] = [];
    const direct: number[] = [];
    const audited: number[] = [];
    // One unmeasured round each first: connections, prepared statements, JIT.
    for (let round = 0; round <= runs; round++) {
      const a = await freshRelease(client, 'api');
      const b = await freshRelease(client, 'raw');
      const c = await freshRelease(client, 'audited');
      releases.push(a.id, b.id, c.id);
      const apiMs = await viaApi(options.port, options.authorization, a.id, manifest(a.tag, a.id, osId));
      const rawMs = await raw(client, manifest(b.tag, b.id, osId));
      const auditedMs = await rawWithAudit(client, manifest(c.tag, c.id, osId));
      if (round > 0) {
        api.push(apiMs);
        direct.push(rawMs);
        audited.push(auditedMs);
      }
    }
    const [apiMedian, rawMedian] = [median(api), median(direct)];
    const ratio = rawMedian / apiMedian;
    console.log(`\nimport: ${ROWS} release files as JSON into a fresh release, ${runs} runs each (after one warm-up), alternating.`);
    console.log(
      `  API  POST /api/releases/{id}/files/import: ${api.map((ms) => ms.toFixed(0)).join(', ')} ms (median ${apiMedian.toFixed(0)})`,
    );
    console.log(
      `  raw  one INSERT … SELECT FROM unnest(…) with pg:  ${direct.map((ms) => ms.toFixed(0)).join(', ')} ms (median ${rawMedian.toFixed(0)})`,
    );
    console.log(`  ratio raw/API ${ratio.toFixed(2)} | target 0.50 ${ratio >= 0.5 ? 'met' : 'MISS'}`);
    const floor = median(audited);
    console.log(
      `  for reference: raw INSERT + one audit row per file in one statement: ${audited.map((ms) => ms.toFixed(0)).join(', ')} ms (median ${floor.toFixed(0)}; its ratio to the API ${(floor / apiMedian).toFixed(2)})`,
    );
  } finally {
    await client.query(`DELETE FROM release_files WHERE release_id = ANY($1::int[])`, [releases]);
    await client.query(`DELETE FROM releases WHERE id = ANY($1::int[])`, [releases]);
    await client.end();
  }
}
