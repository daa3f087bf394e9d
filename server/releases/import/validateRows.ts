import type { z } from 'zod';
import { textProblem } from '../../crud/jsonInput.js';
import type { ResourceSchemas } from '../../crud/schema.js';
import type { Sql } from '../../db/sql.js';
import { sidecarProblems } from '../sidecars.js';
import type { FileInput, Row, RowError } from './types.js';

/** A row on its way through the checks: what the client sent, minus `os`, plus the implied release. */
interface Candidate {
  row: number;
  input: Row;
  os?: string;
}

const isRecord = (value: unknown): value is Row => typeof value === 'object' && value !== null && !Array.isArray(value);

/** Shape checks that need no database: an object, `os` or `os_id`, the release of the path. */
function candidateOf(raw: unknown, row: number, releaseId: number, schemas: ResourceSchemas, errors: RowError[]): Candidate | undefined {
  if (!isRecord(raw)) {
    errors.push({ row, field: 'row', message: 'Each row must be an object of release-file fields.' });
    return undefined;
  }
  // Text no column can hold (NUL, lone surrogates) in any cell, `os` included: the row's own error, before any lookup.
  const unreadable = Object.entries(raw).flatMap(([field, value]) => {
    const message = typeof value === 'string' ? textProblem(value) : undefined;
    return message ? [{ row, field, message }] : [];
  });
  if (unreadable.length) {
    errors.push(...unreadable);
    return undefined;
  }
  const input = Object.fromEntries(Object.entries(raw).filter(([key]) => key !== 'os' && !schemas.ignoredOnCreate.has(key)));
  const candidate: Candidate = { row, input };
  if (raw.os !== undefined && raw.os !== null) {
    if (typeof raw.os !== 'string') errors.push({ row, field: 'os', message: 'The slug of an operating system, e.g. "windows".' });
    else if (input.os_id !== undefined) errors.push({ row, field: 'os', message: 'Give os (a slug) or os_id, not both.' });
    else candidate.os = raw.os;
  }
  if (input.release_id !== undefined && input.release_id !== releaseId) {
    errors.push({
      row,
      field: 'release_id',
      message: `This import is for release ${releaseId}: leave release_id out or give ${releaseId}.`,
    });
  }
  input.release_id = releaseId;
  return candidate;
}

/** Names or ids of operating systems, resolved in one query for the whole manifest. */
async function resolveOperatingSystems(sql: Sql, candidates: Candidate[], errors: RowError[]): Promise<void> {
  const slugs = [...new Set(candidates.flatMap((c) => (c.os === undefined ? [] : [c.os])))];
  const ids = [...new Set(candidates.flatMap((c) => (Number.isSafeInteger(c.input.os_id) ? [c.input.os_id as number] : [])))];
  if (!slugs.length && !ids.length) return;
  const found = await sql.query<{ id: number; slug: string }>(
    'SELECT id, slug FROM operating_systems WHERE slug = ANY($1::text[]) OR id = ANY($2::int[])',
    [slugs, ids.filter((id) => Math.abs(id) < 2 ** 31)],
  );
  const bySlug = new Map(found.map((os) => [os.slug, os.id]));
  const known = new Set(found.map((os) => os.id));
  for (const { row, input, os } of candidates) {
    if (os !== undefined) {
      const id = bySlug.get(os);
      if (id === undefined) errors.push({ row, field: 'os', message: `No operating system has the slug "${os}".` });
      else input.os_id = id;
    } else if (Number.isSafeInteger(input.os_id) && !known.has(input.os_id as number)) {
      errors.push({ row, field: 'os_id', message: `No operating system has the id ${String(input.os_id)}.` });
    }
  }
}

/** The resource's own create schema, so the manifest obeys the same rules as one file created through the API. */
function schemaErrors(row: number, issues: z.core.$ZodIssue[]): RowError[] {
  const errors: RowError[] = [];
  const seen = new Set<string>();
  for (const issue of issues) {
    const fields = issue.code === 'unrecognized_keys' ? issue.keys : [issue.path.join('.') || 'row'];
    for (const field of fields) {
      if (seen.has(field)) continue;
      seen.add(field);
      const message =
        issue.code === 'unrecognized_keys'
          ? 'Unknown field: it cannot be written here.'
          : issue.code === 'invalid_type' && issue.input === undefined
            ? 'Required.'
            : issue.message;
      errors.push({ row, field, message });
    }
  }
  return errors;
}

/** Signatures, certificate, bundle and SBOM sit next to the artifact: its URL plus the customary suffix. */
function urlErrors(row: number, values: Row): RowError[] {
  const url = values.url as string;
  if (url === '') return [{ row, field: 'url', message: 'Required: files are matched by their url.' }];
  return Object.entries(sidecarProblems(values)).map(([field, message]) => ({ row, field, message }));
}

/**
 * Every check that looks at one row at a time, with one query for all the operating systems.
 * Returns the rows that passed, as column values, and the errors of the others.
 */
export async function validateRows(
  sql: Sql,
  releaseId: number,
  raw: unknown[],
  schemas: ResourceSchemas,
): Promise<{ files: FileInput[]; errors: RowError[] }> {
  const errors: RowError[] = [];
  const candidates = raw.map((r, i) => candidateOf(r, i + 1, releaseId, schemas, errors)).filter((c): c is Candidate => c !== undefined);
  await resolveOperatingSystems(sql, candidates, errors);
  // A row already refused for its os or release_id does not hear about the same field again from the schema.
  const refused = new Map<number, Set<string>>();
  for (const { row, field } of errors) refused.set(row, (refused.get(row) ?? new Set()).add(field === 'os' ? 'os_id' : field));
  const files: FileInput[] = [];
  for (const { row, input } of candidates) {
    const parsed = schemas.create.safeParse(input);
    const found = parsed.success ? urlErrors(row, parsed.data) : schemaErrors(row, parsed.error.issues);
    errors.push(...found.filter((e) => !refused.get(row)?.has(e.field)));
    if (parsed.success && !found.length && !refused.has(row)) files.push({ row, values: parsed.data });
  }
  return { files, errors };
}
