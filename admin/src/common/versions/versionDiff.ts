import type { Snapshot } from './versionsApi';

type Row = Record<string, unknown>;

/** One field of two versions: what it held in each, and whether that differs. */
export interface FieldChange {
  field: string;
  before: unknown;
  after: unknown;
  changed: boolean;
}

/** A child record across two versions, matched by its natural key. */
export interface ChildChange {
  key: string;
  kind: 'added' | 'removed' | 'changed';
  before?: Row;
  after?: Row;
  /** For a changed child: only the fields that differ. */
  fields: FieldChange[];
}

/** Missing, null and the empty string all read as "empty": a version taken before a field existed is not a change to it. */
const normal = (value: unknown) => (value === undefined || value === '' ? null : value);
export const sameValue = (a: unknown, b: unknown) => JSON.stringify(normal(a)) === JSON.stringify(normal(b));

/** Every field of either version (children aside), in the newer one's order, each with its two values. */
export function diffFields(before: Row, after: Row, include: (field: string) => boolean = () => true): FieldChange[] {
  const fields = [...new Set([...Object.keys(after), ...Object.keys(before)])].filter((f) => f !== 'children' && include(f));
  return fields.map((field) => ({ field, before: before[field], after: after[field], changed: !sameValue(before[field], after[field]) }));
}

/**
 * Two versions' children of one kind, matched by `key` (a file's url): the ones only in the newer
 * version are added, those only in the older removed, and those in both with a field that differs
 * changed. Unchanged children are left out. Order: the newer version's, then the removed ones.
 */
export function diffChildren(before: Row[], after: Row[], key: string, include: (field: string) => boolean): ChildChange[] {
  const keyOf = (row: Row) => String(row[key]);
  const old = new Map(before.map((row) => [keyOf(row), row]));
  const kept = new Set<string>();
  const changes: ChildChange[] = [];
  for (const row of after) {
    const k = keyOf(row);
    const previous = old.get(k);
    if (!previous) {
      changes.push({ key: k, kind: 'added', after: row, fields: [] });
      continue;
    }
    kept.add(k);
    const fields = diffFields(previous, row, (f) => f !== key && include(f)).filter((c) => c.changed);
    if (fields.length) changes.push({ key: k, kind: 'changed', before: previous, after: row, fields });
  }
  for (const row of before) if (!kept.has(keyOf(row))) changes.push({ key: keyOf(row), kind: 'removed', before: row, fields: [] });
  return changes;
}

export const childrenOf = (snapshot: Snapshot | undefined, resource: string): Row[] => snapshot?.children?.[resource] ?? [];
