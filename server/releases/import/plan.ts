import type { FieldChange, FileInput, ImportReport, Row, RowError } from './types.js';

export interface Plan {
  create: Row[];
  /** `values`: the row's columns after the update, what the manifest leaves unsaid kept from `before`. */
  update: { before: Row; values: Row; changes: Record<string, FieldChange> }[];
  unchanged: Row[];
  delete: Row[];
}

/**
 * What the manifest does to the release's files: rows are matched to files by url; fields a row
 * leaves out keep their value; with replace, files the manifest does not list go.
 */
export function planImport(files: FileInput[], existing: Row[], listed: ReadonlySet<string>, replace: boolean): Plan {
  const byUrl = new Map(existing.map((f) => [f.url as string, f]));
  const plan: Plan = { create: [], update: [], unchanged: [], delete: [] };
  for (const { values } of files) {
    const before = byUrl.get(values.url as string);
    if (!before) {
      plan.create.push(values);
      continue;
    }
    const changes: Record<string, FieldChange> = {};
    for (const [field, value] of Object.entries(values)) {
      if (before[field] !== value) changes[field] = { old: before[field], new: value };
    }
    if (Object.keys(changes).length) plan.update.push({ before, values: { ...before, ...values }, changes });
    else plan.unchanged.push(before);
  }
  if (replace) plan.delete = existing.filter((f) => !listed.has(f.url as string));
  return plan;
}

const ref = (file: Row) => ({ id: file.id as number, url: file.url as string });

/** The plan as the API reports it (docs/api.md): the same whether it was applied or not. */
export function reportOf(plan: Plan, errors: RowError[]): ImportReport {
  return {
    create: plan.create,
    update: plan.update.map(({ before, changes }) => ({ ...ref(before), changes })),
    unchanged: plan.unchanged.map(ref),
    delete: plan.delete.map(ref),
    errors: [...errors].sort((a, b) => a.row - b.row),
  };
}
