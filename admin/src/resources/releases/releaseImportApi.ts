import type { HttpError } from 'react-admin';
import { httpClient } from '../../dataProvider';
import type { Manifest } from './manifest';

/** One problem the server found in the manifest: `row` counts data rows from 1 (the CSV header is not a row). */
export interface ImportError {
  row: number;
  field: string;
  message: string;
}

export type FieldChanges = Record<string, { old: unknown; new: unknown }>;

/** The plan POST /api/releases/{id}/files/import answers, for a dry run and for a real run alike. */
export interface ImportReport {
  create: Record<string, unknown>[];
  update: { id: number; url: string; changes: FieldChanges }[];
  unchanged: { id: number; url: string }[];
  delete: { id: number; url: string }[];
  errors: ImportError[];
}

/** The report, and whether the server changed anything (false for a dry run or a refused run). */
export interface ImportOutcome {
  report: ImportReport;
  applied: boolean;
}

export interface ImportOptions {
  dryRun: boolean;
  /** Also delete the release's files that the manifest does not list. */
  replace: boolean;
}

const isReport = (body: unknown): body is ImportReport =>
  typeof body === 'object' &&
  body !== null &&
  ['create', 'update', 'unchanged', 'delete', 'errors'].every((key) => Array.isArray((body as Record<string, unknown>)[key]));

/**
 * Sends the manifest as the user wrote it (CSV stays CSV, so the server's CSV reading is the one that
 * counts). A refused run (422) carries the same report as a dry run: it is an answer, not a failure.
 */
export async function importManifest(
  releaseId: number | string,
  manifest: Manifest,
  { dryRun, replace }: ImportOptions,
): Promise<ImportOutcome> {
  const params = new URLSearchParams();
  if (dryRun) params.set('dry_run', 'true');
  if (replace) params.set('replace', 'true');
  const query = params.toString() ? `?${params}` : '';
  const contentType = manifest.format === 'csv' ? 'text/csv' : 'application/json';
  try {
    const { json } = await httpClient(`/api/releases/${releaseId}/files/import${query}`, {
      method: 'POST',
      headers: { Accept: 'application/json', 'Content-Type': contentType },
      body: manifest.text,
    });
    if (!isReport(json)) throw new Error('The server answered with something that is not an import report.');
    return { report: json, applied: !dryRun };
  } catch (error) {
    const body = (error as HttpError)?.body;
    if ((error as HttpError)?.status === 422 && isReport(body)) return { report: body, applied: false };
    throw error;
  }
}
