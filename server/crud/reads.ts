import type { DataSource } from 'typeorm';
import { sqlOf } from '../db/sql.js';
import { HttpError } from '../http/errors.js';
import type { ListParams } from './listParams.js';
import { listSql } from './listQuery.js';
import type { ResourceModel } from './model.js';
import { selectOneSql } from './selectSql.js';

type Row = Record<string, unknown>;

export interface Page {
  rows: Row[];
  total: number;
}

/** A page of records and the exact total, in one round trip (two only past the last page). */
export async function listRecords(db: DataSource, model: ResourceModel, params: ListParams): Promise<Page> {
  const sql = sqlOf(db);
  const query = listSql(model, params);
  const rows = await sql.query<Row>(query.page, query.values);
  let total: number;
  if (rows.length) {
    total = rows[0].__total as number;
    for (const row of rows) delete row.__total;
  } else {
    total = params.offset === 0 ? 0 : (await sql.query<{ __total: number }>(query.count, query.countValues))[0].__total;
  }
  return { rows, total };
}

export async function getRecord(db: DataSource, model: ResourceModel, id: number): Promise<Row> {
  const [row] = await sqlOf(db).query<Row>(selectOneSql(model), [id]);
  if (!row) throw new HttpError(404, `No ${model.name} record with id ${id}.`);
  return row;
}
