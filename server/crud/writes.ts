import type { DataSource } from 'typeorm';
import type { Actor } from '../auth/permissions.js';
import { ident, transaction, type Sql } from '../db/sql.js';
import { HttpError } from '../http/errors.js';
import { changesBetween, writeAudit, type Changes } from './audit.js';
import type { ResourceModel } from './model.js';
import type { WriteContext } from './resource.js';
import type { WritePolicy } from './rowRules.js';
import type { ResourceSchemas } from './schema.js';
import { selectOneSql } from './selectSql.js';
import { validateBody } from './validate.js';

type Row = Record<string, unknown>;

/** Splits validated input into column values and many-to-many id lists; write-only fields become columns. */
async function toColumns(model: ResourceModel, input: Row, existing?: Row) {
  const columns: Row = {};
  const links: [string, number[]][] = [];
  for (const [key, value] of Object.entries(input)) {
    const writeOnly = model.options.writeOnly?.[key];
    if (writeOnly) Object.assign(columns, await writeOnly.toColumns(value as string));
    else if (model.manyToMany.has(key)) links.push([key, [...new Set(value as number[])]]);
    else if (key !== 'row_version') columns[key] = value;
  }
  if (model.options.derive) Object.assign(columns, model.options.derive({ ...existing, ...columns }));
  return { columns, links };
}

async function replaceLinks(sql: Sql, model: ResourceModel, id: number, links: [string, number[]][]): Promise<void> {
  for (const [field, ids] of links) {
    const m = model.manyToMany.get(field)!;
    const [join, owner, target] = [ident(m.joinTable), ident(m.ownerColumn), ident(m.targetColumn)];
    await sql.query(`DELETE FROM ${join} WHERE ${owner} = $1 AND NOT (${target} = ANY($2::int[]))`, [id, ids]);
    await sql.query(`INSERT INTO ${join} (${owner}, ${target}) SELECT $1, unnest($2::int[]) ON CONFLICT DO NOTHING`, [id, ids]);
  }
}

/** Marks write-only fields in the audit entry without their values. */
function withWriteOnly(model: ResourceModel, input: Row, changes: ReturnType<typeof changesBetween>) {
  for (const key of Object.keys(model.options.writeOnly ?? {})) if (key in input) changes[key] = { new: '(set)' };
  return changes;
}

async function loadForUpdate(sql: Sql, model: ResourceModel, id: number): Promise<Row> {
  const [row] = await sql.query<Row>(selectOneSql(model, true), [id]);
  if (!row) throw new HttpError(404, `No ${model.name} record with id ${id}.`);
  return row;
}

/** The resource's hooks' locks: taken before the record's own row lock (see WriteHook.lock). */
async function lockForHooks(context: WriteContext): Promise<void> {
  for (const hook of context.model.options.hooks ?? []) await hook.lock?.(context);
}

/** The resource's hooks' checks on the locked row; what they return joins the audit entry. */
async function runHooks(context: WriteContext): Promise<Changes> {
  const details: Changes = {};
  for (const hook of context.model.options.hooks ?? []) Object.assign(details, await hook.beforeWrite?.(context));
  return details;
}

const ignoring = (base: ReadonlySet<string>, policy: WritePolicy) => (policy.ignored?.size ? new Set([...base, ...policy.ignored]) : base);

export async function createRecord(
  db: DataSource, model: ResourceModel, schemas: ResourceSchemas, body: unknown, actor: Actor, policy: WritePolicy = {},
): Promise<Row> {
  const input = validateBody(schemas.create, body, ignoring(schemas.ignoredOnCreate, policy)) as Row;
  policy.check?.(undefined, input);
  const { columns, links } = await toColumns(model, { ...input, ...policy.stamp });
  if (model.stamped) Object.assign(columns, { creator_id: actor.id, last_modified_by_id: actor.id });
  const names = Object.keys(columns);
  return transaction(db, async (sql) => {
    const context: WriteContext = { sql, actor, model, input };
    await lockForHooks(context);
    const details = await runHooks(context);
    const insert = names.length
      ? `INSERT INTO ${ident(model.table)} (${names.map(ident).join(', ')}) VALUES (${names.map((_, i) => `$${i + 1}`).join(', ')}) RETURNING "id"`
      : `INSERT INTO ${ident(model.table)} DEFAULT VALUES RETURNING "id"`;
    const [{ id }] = await sql.query<{ id: number }>(insert, Object.values(columns));
    await replaceLinks(sql, model, id, links);
    const [record] = await sql.query<Row>(selectOneSql(model), [id]);
    const changes = { ...withWriteOnly(model, input, changesBetween(model, undefined, record)), ...details };
    await writeAudit(sql, { actorId: actor.id, tokenId: actor.tokenId, resource: model.name, recordId: id, action: 'create', changes });
    return record;
  });
}

export async function updateRecord(
  db: DataSource, model: ResourceModel, schemas: ResourceSchemas, id: number, body: unknown, actor: Actor, policy: WritePolicy = {},
): Promise<Row> {
  const input = validateBody(schemas.update, body, ignoring(schemas.ignoredOnUpdate, policy)) as Row;
  return transaction(db, async (sql) => {
    const context: WriteContext = { sql, actor, model, id, input };
    await lockForHooks(context);
    // Locked, so the version we compare stays the version we overwrite: concurrent writers queue here.
    const before = await loadForUpdate(sql, model, id);
    policy.check?.(before, input);
    if (before.row_version !== input.row_version) {
      throw new HttpError(
        409,
        `This ${model.name} record was changed by someone else since you loaded it (your row_version ${input.row_version}, now ${before.row_version}). Reload it and apply your changes again.`,
        { row_version: 'Changed since you loaded the record.' },
        { row_version: before.row_version },
      );
    }
    const details = await runHooks({ ...context, before });
    const { columns, links } = await toColumns(model, input, before);
    if (model.stamped) columns.last_modified_by_id = actor.id;
    const names = Object.keys(columns);
    // Even a change to links alone updates the row, so row_version and updated move (trigger).
    const set = names.length ? names.map((n, i) => `${ident(n)} = $${i + 3}`).join(', ') : '"row_version" = "row_version"';
    await sql.query(`UPDATE ${ident(model.table)} SET ${set} WHERE "id" = $1 AND "row_version" = $2`, [id, input.row_version, ...Object.values(columns)]);
    await replaceLinks(sql, model, id, links);
    const [after] = await sql.query<Row>(selectOneSql(model), [id]);
    const changes = { ...withWriteOnly(model, input, changesBetween(model, before, after)), ...details };
    await writeAudit(sql, { actorId: actor.id, tokenId: actor.tokenId, resource: model.name, recordId: id, action: 'update', changes });
    return after;
  });
}

export async function deleteRecord(db: DataSource, model: ResourceModel, id: number, actor: Actor, policy: WritePolicy = {}): Promise<Row> {
  return transaction(db, async (sql) => {
    const before = await loadForUpdate(sql, model, id);
    policy.check?.(before, {});
    await sql.query(`DELETE FROM ${ident(model.table)} WHERE "id" = $1`, [id]);
    await writeAudit(sql, { actorId: actor.id, tokenId: actor.tokenId, resource: model.name, recordId: id, action: 'delete', changes: changesBetween(model, before, undefined) });
    return before;
  });
}
