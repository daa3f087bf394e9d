import type { Sql } from '../db/sql.js';
import { mappingErrors } from '../http/pgErrors.js';
import type { Actor } from '../auth/permissions.js';
import { noSuchRecord, visibleFields, visibleRows } from './access.js';
import { parseListParams, type ListParams } from './listParams.js';
import { listSql } from './listQuery.js';
import { selectOneSql } from './selectSql.js';
import type { ResourceModel, Row, RowScope } from './types.js';

export interface Page {
  rows: Row[];
  total: number;
}

/** A page of the rows in scope and their exact total, in one round trip (two only past the last page). */
export async function listRecords(sql: Sql, model: ResourceModel, params: ListParams, scope: RowScope | undefined): Promise<Page> {
  const filters = scope
    ? [...params.filters, { kind: 'column' as const, field: scope.column, op: 'eq' as const, value: scope.values }]
    : params.filters;
  const query = listSql(model, { ...params, filters });
  return mappingErrors(model.errors, async () => {
    const rows = await sql.query<Row>(query.page, query.values);
    let total: number;
    if (rows.length) {
      total = rows[0].__total as number;
      // Not deleted: a deleted property turns each row into a slow dictionary object, which costs
      // JSON.stringify more than the property costs; undefined, it is left out of the JSON all the same.
      for (const row of rows) row.__total = undefined;
    } else {
      total = params.offset === 0 ? 0 : (await sql.query<{ __total: number }>(query.count, query.countValues))[0].__total;
    }
    return { rows, total };
  });
}

/**
 * One record in the actor's scope (visibleRows), or the 404 of a missing one. `lock` takes it FOR
 * UPDATE on the caller's transaction: concurrent writers of the record queue here.
 */
export async function loadRecord(
  sql: Sql,
  model: ResourceModel,
  id: number,
  scope: RowScope | undefined,
  options: { lock?: boolean } = {},
): Promise<Row> {
  const text = selectOneSql(model, { lock: options.lock, scopeColumn: scope?.column });
  const [row] = await sql.query<Row>(text, scope ? [id, scope.values] : [id]);
  if (!row) throw noSuchRecord(model, id);
  return row;
}

const pick = (row: Row, fields: readonly string[]) => Object.fromEntries(fields.filter((f) => f in row).map((f) => [f, row[f]]));

/** GET /api/{resource}: the page the actor may see of what the query string asks, and its Content-Range. */
export async function readList(
  sql: Sql,
  model: ResourceModel,
  actor: Actor,
  query: Record<string, unknown>,
): Promise<{ body: Row[]; contentRange: string }> {
  const fields = visibleFields(model, actor);
  const params = parseListParams(model, query, fields);
  const { rows, total } = await listRecords(sql, model, params, visibleRows(model, actor));
  const range = rows.length ? `${params.offset}-${params.offset + rows.length - 1}` : '*';
  return { body: fields ? rows.map((row) => pick(row, fields)) : rows, contentRange: `${model.name} ${range}/${total}` };
}

/** GET /api/{resource}/{id}: the record as the actor may see it, or the 404 of a missing one. */
export async function readOne(sql: Sql, model: ResourceModel, actor: Actor, id: number): Promise<Row> {
  const fields = visibleFields(model, actor);
  const record = await loadRecord(sql, model, id, visibleRows(model, actor));
  return fields ? pick(record, fields) : record;
}
