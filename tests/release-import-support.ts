import type request from 'supertest';
import type { TestApi } from './support/api.js';

export type Row = Record<string, unknown>;

let counter = 0;

/** A fresh, empty release; its tag keeps its files' urls and slugs apart from every other release's. */
export async function newRelease(s: TestApi): Promise<{ id: number; tag: string }> {
  const tag = `t${process.pid}x${++counter}x${Date.now().toString(36)}`;
  const [{ id }] = await s.t.db.query(`INSERT INTO releases (name, slug, release_date) VALUES ($1, $2, now()) RETURNING id`, [
    `Python ${tag}`,
    `python-${tag}`,
  ]);
  return { id, tag };
}

/** A manifest row with consistent sidecar URLs. */
export function fileRow(tag: string, file: string, extra: Row = {}): Row {
  const url = `https://www.python.org/ftp/python/${tag}/${file}`;
  return {
    name: file,
    slug: `${tag}-${file}`.toLowerCase().replace(/[^a-z0-9]+/g, '-'),
    os: 'windows',
    url,
    gpg_signature_file: `${url}.asc`,
    sigstore_bundle_file: `${url}.sigstore`,
    filesize: 1000,
    md5_sum: 'a'.repeat(32),
    ...extra,
  };
}

const cell = (value: unknown) => {
  const text = value === null || value === undefined ? '' : String(value);
  return /[",\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
};

/** The same rows as CSV text with a header row: the union of their fields. */
export function toCsv(rows: Row[]): string {
  const header = [...new Set(rows.flatMap((r) => Object.keys(r)))];
  return [header.join(','), ...rows.map((r) => header.map((h) => cell(r[h])).join(','))].join('\n') + '\n';
}

export function importUrl(id: number, query: { dry_run?: boolean; replace?: boolean } = {}): string {
  const params = Object.entries(query)
    .filter(([, v]) => v !== undefined)
    .map(([k, v]) => `${k}=${v}`);
  return `/api/releases/${id}/files/import${params.length ? `?${params.join('&')}` : ''}`;
}

export const postJson = (agent: request.Agent, url: string, rows: unknown) => agent.post(url).send(rows as object);
export const postCsv = (agent: request.Agent, url: string, text: string) => agent.post(url).set('Content-Type', 'text/csv').send(text);

/** Everything an import could change: every release file and the number of audit entries. */
export async function snapshot(s: TestApi): Promise<{ files: Row[]; audit: number }> {
  const files = await s.t.db.query(`SELECT * FROM release_files ORDER BY id`);
  const [{ count }] = await s.t.db.query(`SELECT count(*)::int AS count FROM audit_log`);
  return { files: JSON.parse(JSON.stringify(files)), audit: count };
}

export async function filesOf(s: TestApi, releaseId: number): Promise<Row[]> {
  return s.t.db.query(`SELECT * FROM release_files WHERE release_id = $1 ORDER BY url`, [releaseId]);
}
