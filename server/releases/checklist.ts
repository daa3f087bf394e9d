import type { Sql } from '../db/sql.js';
import type { Checklist, ChecklistItem } from '../domain/releaseChecklist.js';

/** The release's own fields the checklist reads: as stored, or as a write is about to leave them. */
export interface ReleaseFields {
  release_notes_url?: unknown;
  release_date?: unknown;
}

interface FilesOfOs {
  os_name: string;
  files: number;
  buttons: number;
  unsigned: string[];
}

// Counting per OS in the database keeps this one round trip whatever the number of files. A file is
// signed by GPG or by Sigstore: a .sig signature or, since PEP 761 (3.14 on) the only form, a bundle.
const filesByOs = (lock: boolean) => `
  SELECT o.name AS os_name, count(*)::int AS files,
         count(*) FILTER (WHERE f.download_button)::int AS buttons,
         coalesce(array_agg(f.name ORDER BY f.name) FILTER (
           WHERE coalesce(f.gpg_signature_file, '') = '' AND coalesce(f.sigstore_signature_file, '') = '' AND coalesce(f.sigstore_bundle_file, '') = ''
         ), '{}') AS unsigned
    FROM (SELECT os_id, name, download_button, gpg_signature_file, sigstore_signature_file, sigstore_bundle_file
            FROM release_files WHERE release_id = $1${lock ? ' FOR SHARE' : ''}) f
    JOIN operating_systems o ON o.id = f.os_id
   GROUP BY o.id, o.name
   ORDER BY o.name, o.id`;

const MAX_NAMED = 5;
const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
const listed = (names: string[]) =>
  names.length > MAX_NAMED ? `${names.slice(0, MAX_NAMED).join(', ')} and ${names.length - MAX_NAMED} more` : names.join(', ');
const isSet = (value: unknown) => value !== null && value !== undefined && String(value).trim() !== '';

function downloadButtons(byOs: FilesOfOs[]): ChecklistItem {
  const wrong = byOs.filter((os) => os.buttons !== 1);
  const detail = wrong.length
    ? wrong.map((os) => `${os.os_name} has ${os.buttons === 0 ? 'none' : `${os.buttons} download-button files`}`).join('; ')
    : byOs.length
      ? `${plural(byOs.length, 'operating system')}, one download button each.`
      : 'No files yet.';
  return {
    key: 'download_buttons',
    label: 'Every operating system that has files has exactly one download-button file',
    ok: wrong.length === 0,
    detail,
  };
}

function signatures(byOs: FilesOfOs[]): ChecklistItem {
  const total = byOs.reduce((sum, os) => sum + os.files, 0);
  const unsigned = byOs.flatMap((os) => os.unsigned);
  const detail = unsigned.length
    ? `${unsigned.length} of ${plural(total, 'file')} ${unsigned.length === 1 ? 'has' : 'have'} no GPG or Sigstore signature: ${listed(unsigned)}`
    : total
      ? `All ${plural(total, 'file')} are signed.`
      : 'No files yet.';
  return { key: 'signatures', label: 'Every file has its GPG or Sigstore signature file', ok: unsigned.length === 0, detail };
}

function releaseFields(release: ReleaseFields): ChecklistItem[] {
  const notes = isSet(release.release_notes_url);
  const date = isSet(release.release_date);
  const when = date ? new Date(release.release_date as string | Date) : undefined;
  return [
    {
      key: 'release_notes',
      label: 'The release notes URL is set',
      ok: notes,
      detail: notes ? String(release.release_notes_url) : 'No release notes URL.',
    },
    // release_date is NOT NULL in the table, so a stored release always passes; the item keeps the
    // checklist complete for clients (and for a write that would leave it empty).
    {
      key: 'release_date',
      label: 'The release date is set',
      ok: date,
      detail: when && !Number.isNaN(when.getTime()) ? when.toISOString() : 'No release date.',
    },
  ];
}

/**
 * The checklist of a release whose fields are given (a write's result, or as stored) and whose files are
 * read in one query; `lockFiles` holds them (FOR SHARE) until the caller's transaction ends, so a
 * release published as ready cannot have a file lose its signature meanwhile. No id: no files yet.
 */
export async function checklistOf(
  sql: Sql,
  id: number | undefined,
  release: ReleaseFields,
  options: { lockFiles?: boolean } = {},
): Promise<Checklist> {
  const byOs = id === undefined ? [] : await sql.query<FilesOfOs>(filesByOs(options.lockFiles ?? false), [id]);
  const items = [downloadButtons(byOs), signatures(byOs), ...releaseFields(release)];
  return { ready: items.every((item) => item.ok), items };
}
