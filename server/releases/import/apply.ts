import type { Actor } from '../../auth/permissions.js';
import { changesBetween, type Changes } from '../../crud/audit.js';
import type { ResourceModel } from '../../crud/model.js';
import { recordColumns } from '../../crud/selectSql.js';
import { ident, type Sql } from '../../db/sql.js';
import type { Plan } from './plan.js';
import type { Row } from './types.js';

const ARRAY_TYPES = { integer: 'int', string: 'text', boolean: 'boolean' } as const;

interface Columns {
  names: string[];
  types: string[];
  /** What an omitted value becomes: the column's declared default, else null. */
  defaults: unknown[];
}

const prepared = new WeakMap<ResourceModel, Columns>();

/** The columns an import writes, with their array types for unnest(): checked once per model. */
function columnsOf(model: ResourceModel): Columns {
  let columns = prepared.get(model);
  if (columns) return columns;
  if (model.manyToMany.size) throw new Error(`${model.table}: bulk import does not write many-to-many links`);
  const names = [...model.writable, ...(model.stamped ? ['creator_id', 'last_modified_by_id'] : [])];
  const types = names.map((name) => {
    const type = ARRAY_TYPES[model.columns.get(name)!.kind as keyof typeof ARRAY_TYPES];
    if (!type) throw new Error(`${model.table}.${name}: bulk import has no array type for ${model.columns.get(name)!.kind}`);
    return type;
  });
  const defaults = names.map((name) => {
    const declared = model.metadata.columns.find((c) => c.databaseName === name)!.default;
    if (typeof declared === 'function') throw new Error(`${model.table}.${name}: bulk import needs a literal default`);
    return declared ?? null;
  });
  columns = { names, types, defaults };
  prepared.set(model, columns);
  return columns;
}

/** One array per column: n rows become one parameter per column, whatever n is. */
const arraysOf = ({ names, defaults }: Columns, rows: Row[]) => names.map((name, i) => rows.map((row) => (row[name] === undefined ? defaults[i] : row[name])));
const unnest = ({ types }: Columns, from = 1) => `unnest(${types.map((type, i) => `$${i + from}::${type}[]`).join(', ')})`;

/** A column's value as JSON carries it (as changesBetween records it): timestamps the way Date.toJSON writes them. */
function jsonValue(model: ResourceModel, name: string): string {
  const column = `ins.${ident(name)}`;
  return model.columns.get(name)!.kind === 'timestamp' ? `to_char(${column} AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')` : column;
}

/** The audit entry of a created record, built by PostgreSQL: `{"field": {"new": value}}` for each field, as the generic create writes it. */
function createdChanges(model: ResourceModel): string {
  const fields = model.readable.filter((f) => f !== 'row_version' && f !== 'updated');
  const pairs = fields.map((f) => `'${f.replace(/'/g, "''")}', jsonb_build_object('new', ${jsonValue(model, f)})`);
  // jsonb_build_object takes at most 100 arguments: 40 fields a call.
  const chunks = Array.from({ length: Math.ceil(pairs.length / 40) }, (_, i) => `jsonb_build_object(${pairs.slice(i * 40, i * 40 + 40).join(', ')})`);
  return chunks.join(' || ');
}

/**
 * Inserts the files and their audit entries in one statement: the entries are built from the
 * inserted rows where they are, rather than sent back and forth (10,000 of them are megabytes).
 */
async function insertFiles(sql: Sql, model: ResourceModel, rows: Row[], actor: Actor): Promise<void> {
  const columns = columnsOf(model);
  const n = columns.names.length;
  await sql.query(
    `WITH ins AS (INSERT INTO ${ident(model.table)} AS t (${columns.names.map(ident).join(', ')}) SELECT * FROM ${unnest(columns)} RETURNING t.*)
     INSERT INTO audit_log (actor_id, token_id, resource, record_id, action, changes)
     SELECT $${n + 1}::int, $${n + 2}::int, $${n + 3}::text, ins."id", 'create', ${createdChanges(model)} FROM ins`,
    [...arraysOf(columns, rows), actor.id, actor.tokenId ?? null, model.name],
  );
}

async function updateFiles(sql: Sql, model: ResourceModel, rows: Row[]): Promise<Row[]> {
  if (!rows.length) return [];
  const { names, types, defaults } = columnsOf(model);
  // Every column is set from the row's values after the update; the creator stays who created it.
  const kept = names.map((name, i) => i).filter((i) => names[i] !== 'creator_id');
  const withId: Columns = { names: ['id', ...kept.map((i) => names[i])], types: ['int', ...kept.map((i) => types[i])], defaults: [null, ...kept.map((i) => defaults[i])] };
  const set = withId.names.slice(1).map((name) => `${ident(name)} = u.${ident(name)}`).join(', ');
  return sql.query<Row>(
    `UPDATE ${ident(model.table)} AS t SET ${set} FROM ${unnest(withId)} AS u(${withId.names.map(ident).join(', ')}) WHERE t."id" = u."id" RETURNING ${recordColumns(model)}`,
    arraysOf(withId, rows),
  );
}

interface AuditRow {
  record_id: number;
  action: 'create' | 'update' | 'delete';
  changes: Changes;
}

/** Every entry in one statement: the whole set travels as one JSON document. */
async function writeAuditRows(sql: Sql, model: ResourceModel, actor: Actor, rows: AuditRow[]): Promise<void> {
  if (!rows.length) return;
  await sql.query(
    `INSERT INTO audit_log (actor_id, token_id, resource, record_id, action, changes)
     SELECT $1::int, $2::int, $3::text, u.record_id, u.action, u.changes FROM jsonb_to_recordset($4::jsonb) AS u(record_id int, action text, changes jsonb)`,
    [actor.id, actor.tokenId ?? null, model.name, JSON.stringify(rows)],
  );
}

/**
 * Applies a checked plan on the caller's transaction, in a fixed number of statements: deletes
 * first, then updates that take a download button away, then those that give one, then inserts,
 * so the slug of a deleted file, or a download button taken from one file, can go to another in
 * the same import (unique indexes are checked row by row, not at the end of a statement).
 */
export async function applyPlan(sql: Sql, model: ResourceModel, plan: Plan, actor: Actor): Promise<void> {
  const audit: AuditRow[] = [];
  const stamps: Row = model.stamped ? { last_modified_by_id: actor.id } : {};
  if (plan.delete.length) {
    await sql.query(`DELETE FROM ${ident(model.table)} WHERE "id" = ANY($1::int[])`, [plan.delete.map((f) => f.id)]);
    for (const before of plan.delete) audit.push({ record_id: before.id as number, action: 'delete', changes: changesBetween(model, before, undefined) });
  }
  const befores = new Map(plan.update.map((u) => [u.before.id, u.before]));
  const updates: Row[] = plan.update.map((u) => ({ ...u.values, ...stamps }));
  for (const group of [updates.filter((u) => !u.download_button), updates.filter((u) => u.download_button)]) {
    for (const after of await updateFiles(sql, model, group)) {
      audit.push({ record_id: after.id as number, action: 'update', changes: changesBetween(model, befores.get(after.id), after) });
    }
  }
  if (plan.create.length) {
    const creates = plan.create.map((values) => ({ ...values, ...(model.stamped ? { creator_id: actor.id } : {}), ...stamps }));
    await insertFiles(sql, model, creates, actor);
  }
  await writeAuditRows(sql, model, actor, audit);
}
