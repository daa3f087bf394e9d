import { HttpError } from '../http/errors.js';
import { PUBLIC_FILTERS, PUBLIC_RESOURCES, type PublicField, type PublicFilter, type PublicResource } from './publicResources.js';

/*
 * The SQL of the public reads, built from the declarations. Each read has two forms:
 *   - the answer: the JSON body built by PostgreSQL, its tag and the ids it holds, in one round trip;
 *   - the tag alone, for a conditional request: one aggregate over (id, row_version) of the rows in
 *     scope, no JSON, no wide columns.
 * The tag is an md5 over every (id, row_version) pair the answer is made of: any write to one of
 * them bumps its row_version (a trigger), a row entering or leaving the set (created, deleted,
 * published, unpublished) changes the pairs. So it changes exactly when the body can.
 */

/** A refused filter: API v2 answers these in its own shape ({"error": [...]}). */
export class FilterError extends HttpError {
  constructor(message: string) {
    super(400, message, undefined, { filter: true });
  }
}

export interface PublicRead {
  resource: PublicResource;
  /** Only what anonymous callers may see (publicRows). */
  publicOnly: boolean;
  /** Validated filters: name → value as sent. */
  filters: Record<string, string>;
  /** What related URIs and resource_uri start with: "/api/v1/" or "https://www.python.org/api/v2/". */
  uriPrefix: string;
  /** A page of the list (API v1); undefined: every row (API v2). */
  page?: { limit: number; offset: number };
}

export interface Statement {
  text: string;
  values: unknown[];
}

/** The tag of the rows aliased `t`: an md5 over their (id, row_version) pairs (the feeds' too). */
export const ROWS_TAG = `md5(coalesce(string_agg(t.id || '.' || t.row_version, ',' ORDER BY t.id), ''))`;

/** One row's part of a tag: its (id, row_version), and those of the rows its related fields read (a page's images). */
function rowTag(resource: PublicResource): string {
  const related = resource.fields.flatMap((f) => (f.kind === 'related' ? [f.tag] : []));
  return [`t.id || '.' || t.row_version`, ...related].join(` || ';' || `);
}

/** The tag of the rows aliased `t` of a resource: ROWS_TAG, with what their related fields read. */
const rowsTag = (resource: PublicResource) => `md5(coalesce(string_agg(${rowTag(resource)}, ',' ORDER BY t.id), ''))`;
const UTC_TIME = (expr: string) => `to_char(${expr} AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"')`;

function fieldSql(field: PublicField): string {
  switch (field.kind) {
    case 'column':
      return `t.${field.column ?? field.name}`;
    case 'time':
      return UTC_TIME(`t.${field.column}`);
    case 'uri':
      return `CASE WHEN t.${field.column} IS NULL THEN NULL ELSE $1 || '${PUBLIC_RESOURCES[field.target].path}/' || t.${field.column} || '/' END`;
    case 'related':
      return field.select;
  }
}

/**
 * The JSON text of one row `t`, compact, fields in python.org's order, resource_uri last; $1 is the
 * URI prefix. row_to_json of a sub-select keeps the order and the names (json_build_object adds spaces).
 */
export function objectSql(resource: PublicResource, omit: ReadonlySet<string> = new Set()): string {
  const columns = resource.fields.filter((f) => !omit.has(f.name)).map((f) => `${fieldSql(f)} AS ${f.name}`);
  columns.push(`$1 || '${resource.path}/' || t.id || '/' AS resource_uri`);
  return `row_to_json((SELECT o FROM (SELECT ${columns.join(', ')}) o))::text`;
}

/** The columns a read needs: those of its fields, its order and its tag. */
function columnsOf(resource: PublicResource): string {
  const columns = new Set(['id', 'row_version']);
  for (const field of resource.fields) {
    if (field.kind === 'related') for (const column of field.columns ?? []) columns.add(column);
    else columns.add(field.kind === 'column' ? (field.column ?? field.name) : field.column);
  }
  for (const part of resource.order.split(',')) columns.add(part.trim().replace(/^t\./, '').split(' ')[0]);
  return [...columns].map((c) => `t.${c}`).join(', ');
}

const BOOLEANS: Record<string, boolean> = { true: true, false: false, '1': true, '0': false, True: true, False: false };
const DATE_OR_TIME = /^\d{4}-\d{2}-\d{2}([T ]\d{2}:\d{2}(:\d{2}(\.\d{1,6})?)?(Z|[+-]\d{2}:?\d{2})?)?$/;
const MINOR = /^\d{1,3}(\.\d{1,3}){0,2}$/;
/** A related record's id: a pk, or the resource_uri of one (what Tastypie clients send). */
const RELATED_ID = /^(?:\/api\/v[12]\/[a-z_/]+\/)?([1-9]\d{0,9})\/?$/;

/** The id in a related record's pk or resource URI, or undefined. */
export function relatedId(raw: string): number | undefined {
  const match = RELATED_ID.exec(raw);
  return match ? Number(match[1]) : undefined;
}

/** A filter's value as the database compares it, or a 400 naming the filter and what it takes. */
function filterValue(name: string, filter: PublicFilter, raw: string): unknown {
  const refuse = (takes: string) => new FilterError(`Filter "${name}" takes ${takes}, got "${raw.slice(0, 100)}".`);
  if (filter.op === 'minor') {
    if (!MINOR.test(raw)) throw refuse('a version number such as 3, 3.13 or 3.13.1');
    // Dotted prefixes: 3.1 is not 3.13; 3.13.0 takes its pre-releases (3.13.0rc1).
    return `^${raw.replace(/\./g, '\\.')}($|[.a-z])`;
  }
  switch (filter.type) {
    case 'text':
      if (raw.length > 1000) throw refuse('at most 1000 characters');
      if (raw.includes('\u0000')) throw refuse('text without NUL characters');
      return raw;
    case 'int':
      if (!/^-?\d{1,9}$/.test(raw)) throw refuse('a whole number');
      return Number(raw);
    case 'id': {
      const id = relatedId(raw);
      if (id === undefined) throw refuse('a record id or resource URI');
      return id;
    }
    case 'bool':
      if (!(raw in BOOLEANS)) throw refuse('true, false, 1 or 0');
      return BOOLEANS[raw];
    case 'time':
      if (!DATE_OR_TIME.test(raw) || Number.isNaN(Date.parse(raw.replace(' ', 'T')))) throw refuse('a date or an ISO 8601 time');
      return raw;
  }
}

const COMPARE = { eq: '=', gt: '>', gte: '>=', lt: '<', lte: '<=' } as const;

/** The filters' names in one order (the statement's shape), whatever order the query string had. */
const filterNames = (read: PublicRead) => Object.keys(read.filters).sort();

/** The filters' values, in the order of filterNames: each checked, as the database compares it. */
function filterValues(read: PublicRead): unknown[] {
  const declared = PUBLIC_FILTERS[read.resource.key];
  return filterNames(read).map((name) => filterValue(name, declared[name], read.filters[name]));
}

/** The WHERE of a read, its filters' values numbered from $first. */
function whereSql(read: PublicRead, first: number): string {
  const conditions: string[] = [];
  if (read.publicOnly && read.resource.publicRows) conditions.push(read.resource.publicRows);
  const declared = PUBLIC_FILTERS[read.resource.key];
  for (const [i, name] of filterNames(read).entries()) {
    const filter = declared[name];
    const param = `$${first + i}${filter.type === 'time' ? '::timestamptz' : ''}`;
    const target = filter.column.includes('(') ? filter.column : `t.${filter.column}`;
    if (filter.op === 'minor') conditions.push(`${target} ~ ${param}`);
    else if (filter.op === 'contains') conditions.push(`strpos(${target}, ${param}) > 0`);
    else conditions.push(`${target} ${COMPARE[filter.op]} ${param}`);
  }
  return conditions.length ? `WHERE ${conditions.join(' AND ')}` : '';
}

/*
 * Statement texts by shape (the kind of statement, resource, scope, filter names, paging, omitted
 * fields): built once, so a hot read neither rebuilds two kilobytes of SQL nor hashes a new string
 * to find its prepared statement. Bounded: filter combinations are finite but many.
 */
const texts = new Map<string, string>();
function textOf(kind: string, read: PublicRead, omit: ReadonlySet<string> | undefined, build: () => string): string {
  const key = `${kind}|${read.resource.key}|${read.publicOnly ? 'public' : 'all'}|${filterNames(read).join(',')}|${read.page ? 'page' : ''}|${omit ? [...omit].join(',') : ''}`;
  let text = texts.get(key);
  if (text === undefined) {
    text = build();
    if (texts.size < 2000) texts.set(key, text);
  }
  return text;
}

/** The list's answer: tag, total, the body (a JSON array of the page) and the ids on it. */
export function listStatement(read: PublicRead, omit?: ReadonlySet<string>): Statement {
  const { resource } = read;
  const values: unknown[] = [read.uriPrefix, ...filterValues(read)];
  if (read.page) values.push(read.page.limit, read.page.offset);
  const text = textOf('list', read, omit, () => {
    const page = read.page ? `LIMIT $${values.length - 1} OFFSET $${values.length}` : '';
    return `WITH f AS (SELECT ${columnsOf(resource)} FROM ${resource.table} t ${whereSql(read, 2)}),
    p AS (SELECT * FROM f t ORDER BY ${resource.order} ${page})
    SELECT (SELECT ${rowsTag(resource)} FROM f t) AS tag, (SELECT count(*)::int FROM f) AS total,
      (SELECT '[' || coalesce(string_agg(${objectSql(resource, omit)}, ',' ORDER BY ${resource.order}), '') || ']' FROM p t) AS body,
      (SELECT coalesce(string_agg(t.id::text, ' '), '') FROM p t) AS ids`;
  });
  return { text, values };
}

/** The list's tag alone. */
export function listTagStatement(read: PublicRead): Statement {
  const values = filterValues(read);
  const text = textOf(
    'list-tag',
    read,
    undefined,
    () => `SELECT ${rowsTag(read.resource)} AS tag FROM ${read.resource.table} t ${whereSql(read, 1)}`,
  );
  return { text, values };
}

/** One record's answer: tag and body; no row when it is missing or hidden. */
export function recordStatement(read: PublicRead, id: number, omit?: ReadonlySet<string>): Statement {
  const scoped = { ...read, filters: {} };
  const text = textOf('record', scoped, omit, () => {
    const where = whereSql(scoped, 3);
    return `SELECT md5(${rowTag(read.resource)}) AS tag, ${objectSql(read.resource, omit)} AS body
    FROM ${read.resource.table} t ${where ? `${where} AND` : 'WHERE'} t.id = $2`;
  });
  return { text, values: [read.uriPrefix, id] };
}

/** Several records' bodies by id (the hidden ones left out), in one statement: what webhooks carry. */
export function recordsStatement(read: PublicRead, ids: readonly number[], omit?: ReadonlySet<string>): Statement {
  const scoped = { ...read, filters: {} };
  const text = textOf('records', scoped, omit, () => {
    const where = whereSql(scoped, 3);
    return `SELECT t.id, ${objectSql(read.resource, omit)} AS body
    FROM ${read.resource.table} t ${where ? `${where} AND` : 'WHERE'} t.id = ANY($2::int[])`;
  });
  return { text, values: [read.uriPrefix, ids] };
}

/** One record's tag alone. */
export function recordTagStatement(read: PublicRead, id: number): Statement {
  const scoped = { ...read, filters: {} };
  const text = textOf('record-tag', scoped, undefined, () => {
    const where = whereSql(scoped, 2);
    return `SELECT md5(${rowTag(read.resource)}) AS tag FROM ${read.resource.table} t ${where ? `${where} AND` : 'WHERE'} t.id = $1`;
  });
  return { text, values: [id] };
}
