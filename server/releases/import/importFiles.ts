import type { Actor } from '../../auth/permissions.js';
import { visibleRows } from '../../crud/access.js';
import { loadRecord } from '../../crud/reads.js';
import type { MountedResource, Registry } from '../../crud/registry.js';
import { recordColumns } from '../../crud/selectSql.js';
import { writeMany } from '../../crud/write/bulk.js';
import { HttpError } from '../../http/errors.js';
import { Release } from '../../entities/Release.js';
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
  new Set(
    rows.flatMap((r) =>
      typeof r === 'object' && r !== null && typeof (r as { url?: unknown }).url === 'string' ? [(r as { url: string }).url] : [],
    ),
  );

/**
 * Checks a manifest of a release's files and, unless it is a dry run, applies it: all of it in
 * one transaction, or nothing when any row has an error (422 with the report). The release
 * row and its files are locked, so two imports of one release queue rather than interleave.
 */
export async function importReleaseFiles(
  registry: Registry,
  { model, schemas }: MountedResource,
  request: ImportRequest,
): Promise<ImportReport> {
  const { releaseId, dryRun, replace, actor } = request;
  const rows = parseManifest(request.body, model, schemas);
  const lock = dryRun ? '' : ' FOR UPDATE';
  const releases = registry.of(Release).model;
  return registry.write(async (tx) => {
    const { sql } = tx;
    await loadRecord(sql, releases, releaseId, visibleRows(releases, actor), { lock: !dryRun });
    const existing = await sql.query(`SELECT ${recordColumns(model)} FROM release_files t WHERE t.release_id = $1 ORDER BY t.id${lock}`, [
      releaseId,
    ]);
    const listed = urlsOf(rows);
    const { files, errors } = await validateRows(sql, releaseId, rows, schemas);
    errors.push(...(await crossCheck(sql, releaseId, files, existing, listed, replace)));
    const failed = new Set(errors.map((e) => e.row));
    const plan = planImport(
      files.filter((f) => !failed.has(f.row)),
      existing,
      listed,
      replace,
    );
    const report = reportOf(plan, errors);
    if (errors.length && !dryRun) {
      throw new HttpError(
        422,
        `The manifest has ${errors.length} error${errors.length === 1 ? '' : 's'} in ${failed.size} row${failed.size === 1 ? '' : 's'}; nothing was changed.`,
        undefined,
        { ...report },
      );
    }
    // Deletes first, then updates that take a download button away, then those that give one, then
    // inserts: the slug of a deleted file, or a download button taken from one file, can go to another
    // in the same import (unique indexes are checked row by row, not at the end of a statement).
    const update = [plan.update.filter((u) => !u.values.download_button), plan.update.filter((u) => u.values.download_button)];
    if (!dryRun) await writeMany(tx, model, { actor, delete: plan.delete, update, create: plan.create });
    return report;
  });
}
