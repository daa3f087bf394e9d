import { ident } from '../db/sql.js';
import type { FieldFilter, ListParams } from './listParams.js';
import type { ResourceModel } from './types.js';
import { recordColumns } from './selectSql.js';

/** Collects bound parameters; SQL text only ever gets `$n` placeholders and allow-listed names. */
class Bindings {
  readonly values: unknown[] = [];
  add(value: unknown): string {
    this.values.push(value);
    return `$${this.values.length}`;
  }
}

const likePattern = (value: string) => `%${value.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
const COMPARISON = { gt: '>', gte: '>=', lt: '<', lte: '<=' } as const;

function condition(model: ResourceModel, filter: FieldFilter, b: Bindings): string {
  if (filter.kind === 'manyToMany') {
    const m = model.manyToMany.get(filter.field)!;
    const ids = Array.isArray(filter.value) ? filter.value : [filter.value];
    return `EXISTS (SELECT 1 FROM ${ident(m.joinTable)} j WHERE j.${ident(m.ownerColumn)} = t."id" AND j.${ident(m.targetColumn)} = ANY(${b.add(ids)}))`;
  }
  const column = `t.${ident(filter.field)}`;
  const { op, value } = filter;
  if (value === null) return `${column} IS ${op === 'eq' ? '' : 'NOT '}NULL`;
  switch (op) {
    case 'eq':
      return Array.isArray(value) ? `${column} = ANY(${b.add(value)})` : `${column} = ${b.add(value)}`;
    case 'neq':
      return `${column} IS DISTINCT FROM ${b.add(value)}`;
    case 'like':
      return `${column} ILIKE ${b.add(likePattern(String(value)))}`;
    default:
      return `${column} ${COMPARISON[op]} ${b.add(value)}`;
  }
}

/**
 * Full-text match and rank through the table's stored, weighted search_vector (GIN-indexed):
 * parsing documents per query made a common word cost seconds; a stored vector makes matching
 * and ranking cheap, and a title match (weight A) outranks a body match.
 */
function textSearch(model: ResourceModel, q: string, b: Bindings): { from: string; match: string; rank: string } {
  if (!model.search.length) {
    return { from: '', match: `t.${ident(model.quickSearch!)} ILIKE ${b.add(likePattern(q))}`, rank: '0' };
  }
  // The query is a FROM item, parsed once: as an expression of a parameter it would be parsed per row.
  return {
    from: `, websearch_to_tsquery('english', ${b.add(q)}) AS query`,
    match: 't."search_vector" @@ query',
    rank: 'ts_rank(t."search_vector", query)',
  };
}

/** From this offset on, pages are chosen over ids before rows are read. */
export const DEEP_OFFSET = 1000;

export interface ListSql {
  /** The page with a `__total` column: one round trip. */
  page: string;
  /** The total alone, for a page past the end (no row to carry it). */
  count: string;
  values: unknown[];
  /** The count has no LIMIT/OFFSET, which are always the last two bindings. */
  countValues: unknown[];
}

/**
 * One statement for the page and its exact total. Deep pages are chosen over ids only and then
 * joined back (a deferred join), so they walk an index instead of whole rows; a full-text
 * search first collects matching ids once (MATERIALIZED) for both count and page.
 */
export function listSql(model: ResourceModel, params: ListParams): ListSql {
  const b = new Bindings();
  const where = params.filters.map((f) => condition(model, f, b));
  const table = ident(model.table);
  const columns = recordColumns(model);
  const [sortField, direction] = params.sort ?? (params.q && model.search.length ? ['__rank', 'DESC'] : model.defaultSort);
  const whereSql = (extra: string[] = []) => ([...extra, ...where].length ? `WHERE ${[...extra, ...where].join(' AND ')}` : '');

  if (params.q) {
    const search = textSearch(model, params.q, b);
    const byRank = sortField === '__rank';
    const inner = byRank ? `m."__rank" ${direction}, m."id" ${direction}` : `t.${ident(sortField)} ${direction}, t."id" ${direction}`;
    const outer = byRank ? `p."__rank" ${direction}, t."id" ${direction}` : `t.${ident(sortField)} ${direction}, t."id" ${direction}`;
    const limit = b.add(params.limit);
    const offset = b.add(params.offset);
    const matches = `m AS MATERIALIZED (SELECT t."id", ${search.rank} AS "__rank" FROM ${table} t${search.from} ${whereSql([search.match])})`;
    return {
      page: `WITH ${matches}
        SELECT ${columns}, (SELECT count(*)::int FROM m) AS "__total"
        FROM (SELECT m."id", m."__rank" FROM m${byRank ? '' : ` JOIN ${table} t ON t."id" = m."id"`} ORDER BY ${inner} LIMIT ${limit} OFFSET ${offset}) p
        JOIN ${table} t ON t."id" = p."id" ORDER BY ${outer}`,
      count: `WITH ${matches} SELECT count(*)::int AS "__total" FROM m`,
      values: b.values,
      countValues: b.values.slice(0, -2),
    };
  }
  const order = sortField === 'id' ? `t."id" ${direction}` : `t.${ident(sortField)} ${direction}, t."id" ${direction}`;
  const limit = b.add(params.limit);
  const offset = b.add(params.offset);
  const count = `SELECT count(*)::int AS "__total" FROM ${table} t ${whereSql()}`;
  // Near the top an index scan stops after a few rows; deep down, skipping rows is cheap only
  // over ids, so the page is chosen from ids first and joined back (a deferred join).
  const from =
    params.offset < DEEP_OFFSET
      ? `${table} t ${whereSql()}`
      : `(SELECT t."id" FROM ${table} t ${whereSql()} ORDER BY ${order} LIMIT ${limit} OFFSET ${offset}) p JOIN ${table} t ON t."id" = p."id"`;
  return {
    page: `SELECT ${columns}, (${count}) AS "__total" FROM ${from} ORDER BY ${order}${params.offset < DEEP_OFFSET ? ` LIMIT ${limit} OFFSET ${offset}` : ''}`,
    count,
    values: b.values,
    countValues: b.values.slice(0, -2),
  };
}
