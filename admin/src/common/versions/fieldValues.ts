import type { FieldMeta } from '../../api/meta';

/** Saved with every write whatever it changed: not what a reader compares versions for, and never restored. */
const BOOKKEEPING = new Set(['id', 'row_version', 'created', 'updated', 'creator_id', 'last_modified_by_id']);

/**
 * Whether a field is one the user wrote, which a restore writes back: the server's declaration says
 * so (writable); before it has loaded, everything but the bookkeeping columns.
 */
export const isAuthored = (fields: FieldMeta[] | undefined) => (field: string) => {
  const meta = fields?.find((f) => f.name === field);
  return meta ? meta.writable : !BOOKKEEPING.has(field);
};

/** Long or multi-line text (page content, a description) is compared line by line; anything else as a whole. */
export const isLongText = (a: unknown, b: unknown) =>
  [a, b].some((v) => typeof v === 'string' && (v.includes('\n') || v.length > 120)) &&
  [a, b].every((v) => v === null || v === undefined || typeof v === 'string');

/** A value as one line of text for a person; null for "empty", shown as such. */
export function displayValue(value: unknown, meta?: FieldMeta): string | null {
  if (value === null || value === undefined || value === '') return null;
  if (typeof value === 'boolean') return value ? 'Yes' : 'No';
  if (Array.isArray(value))
    return value.length ? value.map((v) => (typeof v === 'object' ? JSON.stringify(v) : String(v))).join(', ') : null;
  if (typeof value === 'object') return JSON.stringify(value);
  if (typeof value === 'string' && meta?.kind === 'timestamp') {
    const date = new Date(value);
    if (!Number.isNaN(date.getTime())) return date.toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'medium' });
  }
  if (meta?.reference && typeof value === 'number') return `#${value}`;
  return String(value);
}
