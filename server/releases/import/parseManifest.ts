import { parse } from 'csv-parse/sync';
import type { ColumnModel, ResourceModel } from '../../crud/types.js';
import type { ResourceSchemas } from '../../crud/schema.js';
import { HttpError } from '../../http/errors.js';
import { MAX_ROWS, type Row } from './types.js';

const BOOLEANS: Record<string, boolean> = { true: true, false: false, '1': true, '0': false, yes: true, no: false };

/**
 * A CSV cell as the JSON value of its column, so one schema checks both formats. Cells that
 * do not convert stay text and fail validation with the column's own message.
 */
function cellValue(column: ColumnModel | undefined, text: string): unknown {
  if (!column) return text === '' ? undefined : text;
  if (text === '') {
    if (column.nullable) return null;
    // An empty cell of a column with a default, or of a required number, is the same as no cell.
    return column.kind === 'string' && !column.hasDefault ? '' : undefined;
  }
  if (column.kind === 'integer' && /^-?\d+$/.test(text)) return Number(text);
  if (column.kind === 'boolean') return BOOLEANS[text.toLowerCase()] ?? text;
  return text;
}

function parseCsv(text: string, model: ResourceModel, schemas: ResourceSchemas): Row[] {
  const known = new Set([...model.writable, ...schemas.ignoredOnCreate, 'os']);
  let cells: Record<string, string>[];
  try {
    cells = parse(text, {
      bom: true,
      trim: true,
      skip_empty_lines: true,
      columns: (header: string[]) => {
        const unknown = header.filter((h) => !known.has(h));
        const repeated = header.filter((h, i) => header.indexOf(h) !== i);
        if (unknown.length || repeated.length) {
          throw new HttpError(
            400,
            `The CSV header names ${unknown.length ? `unknown columns: ${unknown.join(', ')}` : `a column twice: ${repeated.join(', ')}`}.`,
            {
              ...Object.fromEntries(unknown.map((h) => [h, 'Unknown column.'])),
              ...Object.fromEntries(repeated.map((h) => [h, 'Named twice.'])),
            },
          );
        }
        return header;
      },
    });
  } catch (error) {
    if (error instanceof HttpError) throw error;
    throw new HttpError(400, `The CSV could not be read: ${(error as Error).message}.`);
  }
  return cells.map((record) => {
    const row: Row = {};
    for (const [name, text] of Object.entries(record)) {
      const value = cellValue(model.columns.get(name), text);
      if (value !== undefined) row[name] = value;
    }
    return row;
  });
}

/** The manifest's rows: a JSON array of records, or CSV text with a header row of the same field names. */
export function parseManifest(body: unknown, model: ResourceModel, schemas: ResourceSchemas): unknown[] {
  let rows: unknown[];
  if (Array.isArray(body)) rows = body;
  else if (typeof body === 'string') rows = parseCsv(body, model, schemas);
  else throw new HttpError(400, 'Send a JSON array of release-file records, or CSV text with a header row (Content-Type: text/csv).');
  if (rows.length === 0) throw new HttpError(422, 'The manifest lists no files.');
  if (rows.length > MAX_ROWS) throw new HttpError(413, `At most ${MAX_ROWS} files per import; this manifest has ${rows.length}.`);
  return rows;
}
