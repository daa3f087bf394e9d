import { parseCsv } from './csv';

export type ManifestRow = Record<string, unknown>;

/** What the user pasted or uploaded, and the rows as the screen shows them. */
export interface Manifest {
  format: 'json' | 'csv';
  text: string;
  /** Column names in the order the manifest first uses them. */
  columns: string[];
  rows: ManifestRow[];
}

export type ManifestReading = { manifest: Manifest; problem?: undefined } | { manifest?: undefined; problem: string };

/** The sidecar files a release file carries, each the artifact's URL plus a customary suffix. */
export const SIDECAR_SUFFIXES: Record<string, string> = {
  gpg_signature_file: '.asc',
  sigstore_signature_file: '.sig',
  sigstore_cert_file: '.crt',
  sigstore_bundle_file: '.sigstore',
  sbom_spdx2_file: '.spdx.json',
};

function readJson(text: string): ManifestReading {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    return { problem: `This is not valid JSON: ${(error as Error).message}` };
  }
  if (!Array.isArray(data)) return { problem: 'A JSON manifest is an array of files: [{"name": …, "url": …}, …].' };
  if (data.some((row) => typeof row !== 'object' || row === null || Array.isArray(row)))
    return { problem: 'Each element of the JSON array must be an object (one file).' };
  const rows = data as ManifestRow[];
  const columns = [...new Set(rows.flatMap((row) => Object.keys(row)))];
  return { manifest: { format: 'json', text, columns, rows } };
}

function readCsv(text: string): ManifestReading {
  const [header, ...records] = parseCsv(text);
  if (!header) return { problem: 'The manifest is empty.' };
  const columns = header.map((name) => name.trim());
  const rows = records.map((record) => Object.fromEntries(columns.map((name, i) => [name, (record[i] ?? '').trim()])));
  // A spreadsheet's byte-order mark is not part of the first column's name.
  return { manifest: { format: 'csv', text: text.replace(/^\uFEFF/, ''), columns, rows } };
}

/** JSON when it looks like JSON (starts with "[" or "{"), CSV with a header row otherwise. */
export function readManifest(text: string): ManifestReading {
  const trimmed = text.trim();
  if (!trimmed) return { problem: 'Paste a manifest or upload a file first.' };
  return trimmed.startsWith('[') || trimmed.startsWith('{') ? readJson(trimmed) : readCsv(text);
}
