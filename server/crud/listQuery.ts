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
 * Full-text match through the table's stored, weighted search_vector (GIN-indexed), or a substring
 * match on small tables. The query is a FROM item, parsed once: as an expression of a parameter it
 * would be parsed per row.
 */
function textSearch(model: ResourceModel, q: string, b: Bindings): { from: string; match: string } {
  if (!model.search.length) return { from: '', match: `t.${ident(model.quickSearch!)} ILIKE ${b.add(likePattern(q))}` };
  return { from: `, websearch_to_tsquery('english', ${b.add(q)}) AS query`, match: 't."search_vector" @@ query' };
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
 * joined back (a deferred join), so they walk an index instead of whole rows; a search collects
 * the matching ids first (MATERIALIZED), so the planner finds them through the GIN index.
 */
export function listSql(model: ResourceModel, params: ListParams): ListSql {
  const b = new Bindings();
  const where = params.filters.map((f) => condition(model, f, b));
  const table = ident(model.table);
  const columns = recordColumns(model);
  const [sortField, direction] = params.sort ?? (params.q && model.rankVector ? ['__rank', 'DESC'] : model.defaultSort);
  const whereSql = (extra: string[] = []) => ([...extra, ...where].length ? `WHERE ${[...extra, ...where].join(' AND ')}` : '');

  if (params.q) {
    const search = textSearch(model, params.q, b);
    const matching = (extra: string[] = []) => `FROM ${table} t${search.from} ${whereSql([search.match, ...extra])}`;
    const count = `SELECT count(*)::int AS "__total" ${matching()}`;
    const limit = b.add(params.limit);
    const offset = b.add(params.offset);
    if (sortField === '__rank') {
      // Title matches first: rows whose rank_vector (the search fields but the body) matches, by
      // ts_rank on it, then the other matches, newest first. Each set and the exact count are
      // separate passes that the GIN indexes answer without reading a body's vector; the other
      // matches are read only when the title matches do not fill the page (a LIMIT 0 reads nothing).
      // A phrase (quotes, or punctuation inside a word as in pip-tools) is different: the index
      // cannot check positions, so each pass would read every candidate's vector; one pass (m)
      // then serves the count and both sets. Either way the rows and their order are the same.
      const onePass = /[^\p{L}\p{N}\s]/u.test(params.q);
      const rank = 'ts_rank(t."rank_vector", query)';
      const sets = onePass
        ? `m AS MATERIALIZED (SELECT t."id", CASE WHEN t."rank_vector" @@ query THEN ${rank} END AS "__rank" ${matching()}),
          hits AS NOT MATERIALIZED (SELECT "id", "__rank" FROM m WHERE "__rank" IS NOT NULL),
          rest AS NOT MATERIALIZED (SELECT "id" FROM m WHERE "__rank" IS NULL)`
        : `hits AS MATERIALIZED (SELECT t."id", ${rank} AS "__rank" ${matching(['t."rank_vector" @@ query'])}),
          rest AS MATERIALIZED (SELECT t."id" ${matching(['(t."rank_vector" @@ query) IS NOT TRUE'])})`;
      const upTo = `${limit}::bigint + ${offset}::bigint`;
      return {
        page: `WITH ${sets},
          ranked AS ((SELECT "id", "__rank" FROM hits ORDER BY "__rank" DESC, "id" DESC LIMIT ${upTo})
            UNION ALL (SELECT "id", -1 FROM rest ORDER BY "id" DESC LIMIT greatest(${upTo} - (SELECT count(*) FROM hits), 0)))
        SELECT ${columns}, (${onePass ? 'SELECT count(*)::int FROM m' : count}) AS "__total"
        FROM (SELECT "id", "__rank" FROM ranked ORDER BY "__rank" DESC, "id" DESC LIMIT ${limit} OFFSET ${offset}) p
        JOIN ${table} t ON t."id" = p."id" ORDER BY p."__rank" DESC, t."id" DESC`,
        count,
        values: b.values,
        countValues: b.values.slice(0, -2),
      };
    }
    // Another order: all matches are collected once (MATERIALIZED, so an index on the sort column
    // cannot tempt the planner into testing rows one by one), with their sort key, for the count
    // and the page.
    const key = sortField === 'id' ? '' : `, t.${ident(sortField)} AS "__key"`;
    const inner = `${key ? `"__key" ${direction}, ` : ''}"id" ${direction}`;
    const outer = `${key ? `t.${ident(sortField)} ${direction}, ` : ''}t."id" ${direction}`;
    return {
      page: `WITH m AS MATERIALIZED (SELECT t."id"${key} ${matching()})
        SELECT ${columns}, (SELECT count(*)::int FROM m) AS "__total"
        FROM (SELECT "id" FROM m ORDER BY ${inner} LIMIT ${limit} OFFSET ${offset}) p
        JOIN ${table} t ON t."id" = p."id" ORDER BY ${outer}`,
      count,
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
