import type { DataSource } from 'typeorm';
import type { Actor } from '../../auth/permissions.js';
import type { MountedResource } from '../../crud/router.js';
import { recordColumns } from '../../crud/selectSql.js';
import { transaction } from '../../db/sql.js';
import { HttpError } from '../../http/errors.js';
import { applyPlan } from './apply.js';
import { crossCheck } from './crossChecks.js';
import { parseManifest } from './parseManifest.js';
import { planImport, reportOf } from './plan.js';
import type { ImportReport } from './types.js';
import { validateRows } from './validateRows.js';

export interface ImportRequest {
  releaseId: number;
  /** A JSON array of records, or CSV text. */
  body: unknown;
  dryRun: boolean;
  replace: boolean;
  actor: Actor;
}

const urlsOf = (rows: unknown[]) =>
  new Set(rows.flatMap((r) => (typeof r === 'object' && r !== null && typeof (r as { url?: unknown }).url === 'string' ? [(r as { url: string }).url] : [])));

/**
 * Checks a manifest of a release's files and, unless it is a dry run, applies it: all of it in
 * one transaction, or nothing when any row has an error (422 with the report). The release
 * row and its files are locked, so two imports of one release queue rather than interleave.
 */
export async function importReleaseFiles(db: DataSource, { model, schemas }: MountedResource, request: ImportRequest): Promise<ImportReport> {
  const { releaseId, dryRun, replace } = request;
  const rows = parseManifest(request.body, model, schemas);
  const lock = dryRun ? '' : ' FOR UPDATE';
  return transaction(db, async (sql) => {
    const [release] = await sql.query(`SELECT id FROM releases WHERE id = $1${lock}`, [releaseId]);
    if (!release) throw new HttpError(404, `No releases record with id ${releaseId}.`);
    const existing = await sql.query(`SELECT ${recordColumns(model)} FROM release_files t WHERE t.release_id = $1 ORDER BY t.id${lock}`, [releaseId]);
    const listed = urlsOf(rows);
    const { files, errors } = await validateRows(sql, releaseId, rows, schemas);
    errors.push(...(await crossCheck(sql, releaseId, files, existing, listed, replace)));
    const failed = new Set(errors.map((e) => e.row));
    const plan = planImport(files.filter((f) => !failed.has(f.row)), existing, listed, replace);
    const report = reportOf(plan, errors);
    if (errors.length && !dryRun) {
      throw new HttpError(422, `The manifest has ${errors.length} error${errors.length === 1 ? '' : 's'} in ${failed.size} row${failed.size === 1 ? '' : 's'}; nothing was changed.`, undefined, { ...report });
    }
    if (!dryRun) await applyPlan(sql, model, plan, request.actor);
    return report;
  });
}
