import { HttpError } from '../http/errors.js';
import { inputProblem } from './jsonInput.js';
import type { ColumnKind, ResourceModel } from './types.js';

/** The most rows one request may ask for: react-admin's export size. Larger ranges are refused, never truncated. */
export const MAX_PAGE_SIZE = 1000;

export type Operator = 'eq' | 'neq' | 'gt' | 'gte' | 'lt' | 'lte' | 'like';
const OPERATORS_BY_KIND: Record<ColumnKind, readonly Operator[]> = {
  integer: ['eq', 'neq', 'gt', 'gte', 'lt', 'lte'],
  timestamp: ['eq', 'neq', 'gt', 'gte', 'lt', 'lte'],
  date: ['eq', 'neq', 'gt', 'gte', 'lt', 'lte'],
  string: ['eq', 'neq', 'like'],
  boolean: ['eq', 'neq'],
  json: [],
};
const SUFFIXES = ['neq', 'gte', 'gt', 'lte', 'lt', 'like'] as const;

export interface FieldFilter {
  kind: 'column' | 'manyToMany';
  field: string;
  op: Operator;
  /** A value, a list of values (one of), or null (IS NULL / IS NOT NULL). */
  value: unknown;
}

export interface ListParams {
  filters: FieldFilter[];
  q?: string;
  sort?: [string, 'ASC' | 'DESC'];
  offset: number;
  limit: number;
}

const bad = (message: string, field?: string): HttpError => new HttpError(400, message, field ? { [field]: message } : undefined);

function parseJson(name: string, raw: unknown): unknown {
  if (raw === undefined) return undefined;
  if (typeof raw !== 'string') throw bad(`The ${name} parameter must be given once, as JSON.`, name);
  try {
    return JSON.parse(raw);
  } catch {
    throw bad(`The ${name} parameter is not valid JSON.`, name);
  }
}

/** Coerces a filter value to the column's type, or refuses it naming the field. */
function scalar(kind: ColumnKind, key: string, value: unknown): unknown {
  const refuse = () => bad(`Filter "${key}" needs ${kind === 'integer' ? 'a whole number' : `a ${kind}`} value.`, key);
  switch (kind) {
    case 'integer': {
      const n = typeof value === 'string' && /^-?\d+$/.test(value) ? Number(value) : value;
      if (typeof n !== 'number' || !Number.isSafeInteger(n) || Math.abs(n) > 2147483647) throw refuse();
      return n;
    }
    case 'boolean':
      if (value === true || value === 'true') return true;
      if (value === false || value === 'false') return false;
      throw refuse();
    case 'timestamp':
    case 'date':
      if (typeof value !== 'string' || Number.isNaN(Date.parse(value))) throw refuse();
      return value;
    case 'string':
      if (typeof value !== 'string' && typeof value !== 'number') throw refuse();
      return String(value);
    case 'json':
      throw refuse();
  }
}

function splitKey(model: ResourceModel, key: string): { field: string; op: Operator } {
  if (model.columns.has(key) || model.manyToMany.has(key)) return { field: key, op: 'eq' };
  for (const suffix of SUFFIXES) {
    if (key.endsWith(`_${suffix}`)) return { field: key.slice(0, -suffix.length - 1), op: suffix };
  }
  return { field: key, op: 'eq' };
}

function fieldFilter(model: ResourceModel, key: string, value: unknown, visible?: readonly string[]): FieldFilter {
  const { field, op } = splitKey(model, key);
  // A reader of some fields only must not probe the others through filters.
  if (visible && !visible.includes(field)) throw bad(`You cannot filter ${model.name} by "${key}".`, key);
  if (model.manyToMany.has(field)) {
    if (op !== 'eq') throw bad(`Filter "${key}": ${field} can only be matched by id or a list of ids.`, key);
    if (Array.isArray(value) && value.length > MAX_PAGE_SIZE) throw bad(`Filter "${key}" lists more than ${MAX_PAGE_SIZE} ids.`, key);
    const ids = Array.isArray(value) ? value.map((v) => scalar('integer', key, v)) : scalar('integer', key, value);
    return { kind: 'manyToMany', field, op, value: ids };
  }
  const column = model.columns.get(field);
  if (!column || !model.filterable.has(field)) throw bad(`You cannot filter ${model.name} by "${key}".`, key);
  if (!OPERATORS_BY_KIND[column.kind].includes(op)) throw bad(`Filter "${key}": ${field} does not support "${op}".`, key);
  if (value === null) {
    if (op !== 'eq' && op !== 'neq') throw bad(`Filter "${key}" cannot compare with null.`, key);
    return { kind: 'column', field, op, value: null };
  }
  if (Array.isArray(value)) {
    if (op !== 'eq') throw bad(`Filter "${key}" takes one value, not a list.`, key);
    if (value.length > MAX_PAGE_SIZE) throw bad(`Filter "${key}" lists more than ${MAX_PAGE_SIZE} values.`, key);
    return { kind: 'column', field, op, value: value.map((v) => scalar(column.kind, key, v)) };
  }
  return { kind: 'column', field, op, value: scalar(column.kind, key, value) };
}

/** react-admin's range=[first, last] as an offset and a limit; the whole (capped) list when absent. */
export function parseRange(raw: unknown): { offset: number; limit: number } {
  const range = parseJson('range', raw);
  if (range === undefined) return { offset: 0, limit: MAX_PAGE_SIZE };
  if (!Array.isArray(range) || range.length !== 2 || !range.every((n) => Number.isSafeInteger(n) && n >= 0) || range[1] < range[0]) {
    throw bad('The range parameter must be [first, last] row numbers, counting from 0, with last >= first.', 'range');
  }
  const size = range[1] - range[0] + 1;
  if (size > MAX_PAGE_SIZE) throw bad(`A page holds at most ${MAX_PAGE_SIZE} rows; this range asks for ${size}.`, 'range');
  return { offset: range[0], limit: size };
}

/**
 * Parses react-admin's sort, range and filter parameters, allowing only declared fields (and,
 * for readers of some fields only, only those).
 */
export function parseListParams(model: ResourceModel, query: Record<string, unknown>, visible?: readonly string[]): ListParams {
  // An absent filter is no filter; `filter=null` is a malformed one, like any other non-object.
  const filter = query.filter === undefined ? {} : parseJson('filter', query.filter);
  if (typeof filter !== 'object' || filter === null || Array.isArray(filter))
    throw bad('The filter parameter must be a JSON object.', 'filter');
  // Text no column can hold (NUL, lone surrogates), in a name or a value, and needless depth: a 400 naming it.
  const problem = inputProblem(filter, ['filter']);
  if (problem) throw bad(`${problem.field}: ${problem.message}`, problem.field);
  const params: ListParams = { filters: [], offset: 0, limit: MAX_PAGE_SIZE };
  for (const [key, value] of Object.entries(filter)) {
    if (key === 'q') {
      if (value === null || value === '') continue;
      if (typeof value !== 'string' || value.length > 200) throw bad('Filter "q" must be text of at most 200 characters.', 'q');
      if (!model.search.length && !model.quickSearch) throw bad(`${model.name} cannot be searched with "q".`, 'q');
      if (visible && ![...model.search, model.quickSearch].every((f) => f && visible.includes(f)))
        throw bad(`You cannot search ${model.name}.`, 'q');
      if (value.trim()) params.q = value.trim();
      continue;
    }
    params.filters.push(fieldFilter(model, key, value, visible));
  }

  const sort = parseJson('sort', query.sort);
  if (sort !== undefined) {
    if (!Array.isArray(sort) || sort.length !== 2 || typeof sort[0] !== 'string' || !/^(asc|desc)$/i.test(String(sort[1]))) {
      throw bad('The sort parameter must be ["field", "ASC" or "DESC"].', 'sort');
    }
    if (!model.sortable.has(sort[0]) || (visible && !visible.includes(sort[0])))
      throw bad(`You cannot sort ${model.name} by "${sort[0]}".`, 'sort');
    params.sort = [sort[0], String(sort[1]).toUpperCase() as 'ASC' | 'DESC'];
  }

  Object.assign(params, parseRange(query.range));
  return params;
}
