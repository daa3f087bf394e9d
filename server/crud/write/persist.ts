import { ident, type Sql } from '../../db/sql.js';
import { HttpError } from '../../http/errors.js';
import { selectOneSql } from '../selectSql.js';
import type { ResourceModel, Row, WriteContext } from '../types.js';

/** A write's column values and many-to-many id lists, as the derive-and-stamp phase leaves them. */
export interface Values {
  columns: Row;
  links: [string, number[]][];
}

/**
 * Derive and stamp: splits the input into columns and id lists (write-only fields become their
 * columns), adds what the rules stamped (a workflow's state, an owner's id), the resource's derived
 * columns, and who created or last changed the record. A transition writes only what its step set.
 */
export async function deriveAndStamp(context: WriteContext): Promise<Values> {
  const { model, input, before, actor, transition, stamps } = context;
  const columns: Row = {};
  const links: [string, number[]][] = [];
  if (!transition) {
    for (const [key, value] of Object.entries(input)) {
      const writeOnly = model.options.writeOnly?.[key];
      if (writeOnly) Object.assign(columns, await writeOnly.toColumns(value as string));
      else if (model.manyToMany.has(key)) links.push([key, [...new Set(value as number[])]]);
      else if (key !== 'row_version') columns[key] = value;
    }
  }
  Object.assign(columns, stamps);
  if (model.options.derive && !transition) Object.assign(columns, model.options.derive({ ...before, ...columns }));
  if (model.stamped && actor && !transition) {
    if (!before) columns.creator_id = actor.id;
    columns.last_modified_by_id = actor.id;
  }
  return { columns, links };
}

/**
 * A column's value as a statement parameter. JSON goes as JSON text: pg would send a JS array as a
 * PostgreSQL array literal ([] becoming {}) and a string as text for jsonb to parse (a string becoming an object).
 */
const parameters = (model: ResourceModel, columns: Row) =>
  Object.entries(columns).map(([name, value]) =>
    model.columns.get(name)?.kind === 'json' && value !== null ? JSON.stringify(value) : value,
  );

/** A delete refused by a foreign key (23503, or 23001 for ON DELETE RESTRICT): a 409 saying how many records of which kind still use this one. */
async function stillUsed({ sql, model, id }: WriteContext, error: unknown): Promise<HttpError | undefined> {
  const { code, constraint } = (error ?? {}) as { code?: string; constraint?: string };
  // A resource's own sentence for the constraint (e.g. "deactivate it instead") says more than a count.
  if ((code !== '23503' && code !== '23001') || !constraint || model.errors.messages?.[constraint]) return undefined;
  const referencing = model.metadata.connection.entityMetadatas
    .flatMap((entity) => entity.foreignKeys.map((fk) => ({ entity, fk })))
    .find(({ fk }) => fk.name === constraint && fk.columnNames.length === 1);
  if (!referencing) return undefined;
  const { entity, fk } = referencing;
  const [{ count }] = await sql.query<{ count: number }>(
    `SELECT count(*)::int AS count FROM ${ident(entity.tableName)} WHERE ${ident(fk.columnNames[0])} = $1`,
    [id],
  );
  const kind = entity.tableName.replace(/_/g, ' ');
  const what = count === 1 ? `1 ${kind.replace(/s$/, '')}` : `${count} ${kind}`;
  return new HttpError(409, `This ${model.noun} is still used by ${what}; delete or move ${count === 1 ? 'it' : 'them'} first.`);
}

async function replaceLinks(sql: Sql, model: ResourceModel, id: number, links: [string, number[]][]): Promise<void> {
  for (const [field, ids] of links) {
    const m = model.manyToMany.get(field)!;
    const [join, owner, target] = [ident(m.joinTable), ident(m.ownerColumn), ident(m.targetColumn)];
    await sql.query(`DELETE FROM ${join} WHERE ${owner} = $1 AND NOT (${target} = ANY($2::int[]))`, [id, ids]);
    await sql.query(`INSERT INTO ${join} (${owner}, ${target}) SELECT $1, unnest($2::int[]) ON CONFLICT DO NOTHING`, [id, ids]);
  }
}

async function reread(context: WriteContext): Promise<Row> {
  const [after] = await context.sql.query<Row>(selectOneSql(context.model), [context.id]);
  context.after = after;
  return after;
}

/** The write itself: one INSERT, UPDATE or DELETE and the record's links; leaves `id` and `after` on the context. */
export async function persist(context: WriteContext, values?: Values): Promise<Row> {
  const { sql, model, operation, before } = context;
  const table = ident(model.table);
  if (operation === 'delete') {
    // In a savepoint, so that when other records still use this one the transaction can count them.
    await context.tx
      .savepoint(() => sql.query(`DELETE FROM ${table} WHERE "id" = $1`, [context.id]))
      .catch(async (error: unknown) => {
        throw (await stillUsed(context, error)) ?? error;
      });
    return before!;
  }
  const { columns, links } = values!;
  const names = Object.keys(columns);
  if (operation === 'create') {
    const insert = names.length
      ? `INSERT INTO ${table} (${names.map(ident).join(', ')}) VALUES (${names.map((_, i) => `$${i + 1}`).join(', ')}) RETURNING "id"`
      : `INSERT INTO ${table} DEFAULT VALUES RETURNING "id"`;
    const [{ id }] = await sql.query<{ id: number }>(insert, parameters(model, columns));
    context.id = id;
  } else {
    // Even a change to links alone updates the row, so row_version and updated move (trigger).
    const set = names.length ? names.map((n, i) => `${ident(n)} = $${i + 3}`).join(', ') : '"row_version" = "row_version"';
    await sql.query(`UPDATE ${table} SET ${set} WHERE "id" = $1 AND "row_version" = $2`, [
      context.id,
      before!.row_version,
      ...parameters(model, columns),
    ]);
  }
  await replaceLinks(sql, model, context.id!, links);
  return reread(context);
}
