import type { Sql } from '../../db/sql.js';
import type { FileInput, Row, RowError } from './types.js';

interface Holder {
  row?: number;
  file?: Row;
}

const describe = (h: Holder) =>
  h.row !== undefined ? `row ${h.row}` : `file ${String(h.file!.id)} (${String(h.file!.url)}), which the manifest does not list`;

/** Later rows that repeat an earlier row's value of `field`. */
function duplicates(files: FileInput[], field: 'url' | 'slug'): RowError[] {
  const first = new Map<unknown, number>();
  const errors: RowError[] = [];
  for (const { row, values } of files) {
    const earlier = first.get(values[field]);
    if (earlier === undefined) first.set(values[field], row);
    else errors.push({ row, field, message: `Row ${earlier} has the same ${field}.` });
  }
  return errors;
}

/** url and slug are unique over all release files: one query for the files of other releases. */
async function otherReleases(sql: Sql, releaseId: number, files: FileInput[]): Promise<RowError[]> {
  const taken = await sql.query<{ id: number; release_id: number; url: string; slug: string }>(
    'SELECT id, release_id, url, slug FROM release_files WHERE release_id <> $1 AND (url = ANY($2::text[]) OR slug = ANY($3::text[]))',
    [releaseId, files.map((f) => f.values.url), files.map((f) => f.values.slug)],
  );
  const byUrl = new Map(taken.map((t) => [t.url, t]));
  const bySlug = new Map(taken.map((t) => [t.slug, t]));
  const errors: RowError[] = [];
  for (const { row, values } of files) {
    for (const [field, map] of [
      ['url', byUrl],
      ['slug', bySlug],
    ] as const) {
      const other = map.get(values[field] as string);
      if (other) errors.push({ row, field, message: `Already the ${field} of file ${other.id} of release ${other.release_id}.` });
    }
  }
  return errors;
}

/**
 * Rules over the release's resulting set of files: the manifest's rows (with what they leave
 * unsaid taken from the file they update) and, without replace, the files it does not list.
 */
function resultingSet(files: FileInput[], existing: Row[], listed: ReadonlySet<string>, replace: boolean): RowError[] {
  const byUrl = new Map(existing.map((f) => [f.url as string, f]));
  const kept = replace ? [] : existing.filter((f) => !listed.has(f.url as string));
  const keptSlugs = new Map(kept.map((f) => [f.slug, f]));
  const errors: RowError[] = [];
  const buttons = new Map<unknown, Holder[]>();
  const hold = (os: unknown, holder: Holder) => (buttons.get(os) ?? buttons.set(os, []).get(os)!).push(holder);
  for (const { row, values } of files) {
    const keeper = keptSlugs.get(values.slug);
    if (keeper) errors.push({ row, field: 'slug', message: `Already the slug of ${describe({ file: keeper })}.` });
    if (values.download_button ?? byUrl.get(values.url as string)?.download_button) hold(values.os_id, { row });
  }
  for (const file of kept) if (file.download_button) hold(file.os_id, { file });
  for (const holders of buttons.values()) {
    if (holders.length < 2) continue;
    for (const holder of holders) {
      if (holder.row === undefined) continue;
      const others = holders
        .slice(0, 4)
        .filter((h) => h !== holder)
        .slice(0, 3)
        .map(describe)
        .join('; ');
      const more = holders.length > 4 ? ` and ${holders.length - 4} more` : '';
      errors.push({
        row: holder.row,
        field: 'download_button',
        message: `One download button per operating system: ${others}${more} ${holders.length > 2 ? 'have' : 'has'} it too.`,
      });
    }
  }
  return errors;
}

/** Checks between rows, and between rows and stored files; the rows themselves have passed validateRows. */
export async function crossCheck(
  sql: Sql,
  releaseId: number,
  files: FileInput[],
  existing: Row[],
  listed: ReadonlySet<string>,
  replace: boolean,
): Promise<RowError[]> {
  return [
    ...duplicates(files, 'url'),
    ...duplicates(files, 'slug'),
    ...(files.length ? await otherReleases(sql, releaseId, files) : []),
    ...resultingSet(files, existing, listed, replace),
  ];
}
