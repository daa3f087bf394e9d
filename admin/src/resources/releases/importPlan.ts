import type { Manifest, ManifestRow } from './manifest';
import type { FieldChanges, ImportError, ImportReport } from './releaseImportApi';

export type RowAction = 'create' | 'update' | 'unchanged' | 'invalid';

/** One manifest row as the plan table shows it: what will happen to it, and what is wrong with it. */
export interface PlannedRow {
  /** 1-based, as the server numbers data rows. */
  row: number;
  values: ManifestRow;
  action: RowAction;
  changes?: FieldChanges;
  /** Field name → messages; '' holds problems with the row as a whole. */
  errors: Record<string, string[]>;
}

export interface PlanView {
  columns: string[];
  sections: Record<RowAction, PlannedRow[]>;
  /** Files of the release the manifest does not list, deleted in replace mode. */
  deleted: ImportReport['delete'];
  /** Errors that name no manifest row (e.g. row 0), shown above the table. */
  general: ImportError[];
}

const urlOf = (row: ManifestRow) => (typeof row.url === 'string' ? row.url.trim() : '');

/**
 * Lays the server's report over the manifest the user sees: rows are matched to the plan by URL (as
 * the server matches them to files), errors by row number. A row the plan does not list and that has
 * errors is "invalid": it cannot be imported as written.
 */
export function planView(manifest: Manifest, report: ImportReport): PlanView {
  const updates = new Map(report.update.map((u) => [u.url, u.changes]));
  const unchanged = new Set(report.unchanged.map((u) => u.url));
  const created = new Set(report.create.map((c) => (typeof c.url === 'string' ? c.url : '')));
  const errorsByRow = new Map<number, Record<string, string[]>>();
  const general: ImportError[] = [];
  for (const error of report.errors) {
    if (error.row < 1 || error.row > manifest.rows.length) {
      general.push(error);
      continue;
    }
    const byField = errorsByRow.get(error.row) ?? {};
    const field = cellOf(error.field ?? '', manifest.columns);
    (byField[field] ??= []).push(error.message);
    errorsByRow.set(error.row, byField);
  }
  const extraColumns = [...new Set([...errorsByRow.values()].flatMap((byField) => Object.keys(byField)))].filter(
    (f) => f && !manifest.columns.includes(f),
  );
  const sections: PlanView['sections'] = { create: [], update: [], unchanged: [], invalid: [] };
  manifest.rows.forEach((values, index) => {
    const row = index + 1;
    const errors = errorsByRow.get(row) ?? {};
    const url = urlOf(values);
    let action: RowAction = 'create';
    if (updates.has(url)) action = 'update';
    else if (unchanged.has(url)) action = 'unchanged';
    else if (!created.has(url) && Object.keys(errors).length) action = 'invalid';
    sections[action].push({ row, values, action, changes: updates.get(url), errors });
  });
  return { columns: [...manifest.columns, ...extraColumns], sections, deleted: report.delete, general };
}

/** The server may name `os_id` where the manifest says `os` (an OS slug): the error belongs on that cell. */
function cellOf(field: string, columns: string[]): string {
  if (columns.includes(field) || !field.endsWith('_id')) return field;
  const short = field.slice(0, -3);
  return columns.includes(short) ? short : field;
}
