import type { Actor } from '../../auth/permissions.js';
import { ident, type Sql } from '../../db/sql.js';
import { mappingErrors } from '../../http/pgErrors.js';
import { mayWrite } from '../access.js';
import { auditInsertedSql, auditInsertedValues, changesBetween, writeAuditBatch, type AuditEntry } from '../audit.js';
import { recordColumns } from '../selectSql.js';
import type { BulkContext, ResourceModel, Row, WriteTx } from '../types.js';

const ARRAY_TYPES = { integer: 'int', string: 'text', boolean: 'boolean' } as const;

interface Columns {
  names: string[];
  types: string[];
  /** What an omitted value becomes: the column's declared default, else null. */
  defaults: unknown[];
}

const prepared = new WeakMap<ResourceModel, Columns>();

/** The columns a bulk write sets, with their array types for unnest(): checked once per model. */
function columnsOf(model: ResourceModel): Columns {
  let columns = prepared.get(model);
  if (columns) return columns;
  if (model.manyToMany.size) throw new Error(`${model.table}: bulk writes do not write many-to-many links`);
  const names = [...model.writable, ...(model.stamped ? ['creator_id', 'last_modified_by_id'] : [])];
  const types = names.map((name) => {
    const type = ARRAY_TYPES[model.columns.get(name)!.kind as keyof typeof ARRAY_TYPES];
    if (!type) throw new Error(`${model.table}.${name}: bulk writes have no array type for ${model.columns.get(name)!.kind}`);
    return type;
  });
  const defaults = names.map((name) => {
    const column = model.columns.get(name)!;
    if (column.hasDefault && column.default === undefined) throw new Error(`${model.table}.${name}: bulk writes need a literal default`);
    return column.default ?? null;
  });
  columns = { names, types, defaults };
  prepared.set(model, columns);
  return columns;
}

/** One array per column: n rows become one parameter per column, whatever n is. */
const arraysOf = ({ names, defaults }: Columns, rows: Row[]) =>
  names.map((name, i) => rows.map((row) => (row[name] === undefined ? defaults[i] : row[name])));
const unnest = ({ types }: Columns, from = 1) => `unnest(${types.map((type, i) => `$${i + from}::${type}[]`).join(', ')})`;
const returned = (model: ResourceModel, alias: string) => model.readable.map((c) => `${alias}.${ident(c)}`).join(', ');

/** Inserts the rows and their audit entries in one statement; returns the records created. */
async function insertMany(sql: Sql, model: ResourceModel, rows: Row[], actor: Actor): Promise<Row[]> {
  const columns = columnsOf(model);
  const n = columns.names.length;
  return sql.query<Row>(
    `WITH ins AS (INSERT INTO ${ident(model.table)} AS t (${columns.names.map(ident).join(', ')}) SELECT * FROM ${unnest(columns)} RETURNING t.*),
          audit AS (${auditInsertedSql(model, 'ins', n + 1)})
     SELECT ${returned(model, 'ins')} FROM ins ORDER BY ins."id"`,
    [...arraysOf(columns, rows), ...auditInsertedValues(model, actor)],
  );
}

async function updateMany(sql: Sql, model: ResourceModel, rows: Row[]): Promise<Row[]> {
  if (!rows.length) return [];
  const { names, types, defaults } = columnsOf(model);
  // Every column is set from the row's values after the update; the creator stays who created it.
  const kept = names.map((_, i) => i).filter((i) => names[i] !== 'creator_id');
  const withId: Columns = {
    names: ['id', ...kept.map((i) => names[i])],
    types: ['int', ...kept.map((i) => types[i])],
    defaults: [null, ...kept.map((i) => defaults[i])],
  };
  const set = withId.names
    .slice(1)
    .map((name) => `${ident(name)} = u.${ident(name)}`)
    .join(', ');
  return sql.query<Row>(
    `UPDATE ${ident(model.table)} AS t SET ${set} FROM ${unnest(withId)} AS u(${withId.names.map(ident).join(', ')}) WHERE t."id" = u."id" RETURNING ${recordColumns(model)}`,
    arraysOf(withId, rows),
  );
}

/**
 * The write pipeline's set-based form, for writes of many rows of one resource at once (the release
 * manifest import), in a fixed number of statements whatever the number of rows. The same phases as
 * writeRecord: access (403) → the rows, which the caller read FOR UPDATE in this transaction → the
 * rules' set-based checks → stamps → deletes, update batches in order, inserts → audit entries in
 * batches → one after-commit event per row.
 */
export function writeMany(tx: WriteTx, model: ResourceModel, context: Omit<BulkContext, 'tx' | 'sql' | 'model'>): Promise<void> {
  return mappingErrors({ ...model.errors, operation: 'create' }, () => bulkPhases({ ...context, tx, sql: tx.sql, model }));
}

async function bulkPhases(context: BulkContext): Promise<void> {
  const { tx, sql, model, actor } = context;
  mayWrite(model, actor);
  for (const rule of model.rules) {
    if (!rule.checkMany)
      throw new Error(`${model.name}: its ${rule.name} rule has no set-based form, so its rows cannot be written in bulk`);
    await rule.checkMany(context);
  }
  const stamps: Row = model.stamped ? { last_modified_by_id: actor.id } : {};
  const audit: AuditEntry[] = [];
  const event = { resource: model.name, actorId: actor.id };

  if (context.delete.length) {
    await sql.query(`DELETE FROM ${ident(model.table)} WHERE "id" = ANY($1::int[])`, [context.delete.map((row) => row.id)]);
    for (const before of context.delete) {
      audit.push({ recordId: before.id as number, action: 'delete', changes: changesBetween(model, before, undefined) });
      tx.emit({ ...event, operation: 'delete', id: before.id as number, before });
    }
  }
  for (const batch of context.update) {
    const befores = new Map(batch.map((u) => [u.before.id, u.before]));
    for (const after of await updateMany(
      sql,
      model,
      batch.map((u) => ({ ...u.values, id: u.before.id, ...stamps })),
    )) {
      const before = befores.get(after.id)!;
      audit.push({ recordId: after.id as number, action: 'update', changes: changesBetween(model, before, after) });
      tx.emit({ ...event, operation: 'update', id: after.id as number, before, after });
    }
  }
  if (context.create.length) {
    const creates = context.create.map((values) => ({ ...values, ...(model.stamped ? { creator_id: actor.id } : {}), ...stamps }));
    for (const after of await insertMany(sql, model, creates, actor))
      tx.emit({ ...event, operation: 'create', id: after.id as number, after });
  }
  await writeAuditBatch(sql, model, actor, audit);
  for (const rule of model.rules) await rule.writtenMany?.(context);
}
