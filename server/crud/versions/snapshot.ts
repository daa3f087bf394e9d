import type { Actor } from '../../auth/permissions.js';
import { ident, type Sql } from '../../db/sql.js';
import type { ResourceModel, WriteOnlyField, WriteTx } from '../types.js';

/** `version_comment` in a versioned resource's body: a note for the version the save makes, stored nowhere else. */
export const versionComment: WriteOnlyField = {
  minLength: 1,
  maxLength: 500,
  description: 'A note kept with the version this save makes (what changed, and why).',
  note: true,
  toColumns: async () => ({}),
};

/** A versioned resource, as its versions are taken: its table and readable columns, and those of its children. */
export interface VersionTarget {
  model: ResourceModel;
  children: { model: ResourceModel; foreignKey: string }[];
}

/** The readable columns of the row aliased `alias` as one JSON object: what clients see, never secrets or search vectors. */
export const rowJson = (model: ResourceModel, alias: string) =>
  `(SELECT to_jsonb(x) FROM (SELECT ${model.readable.map((c) => `${alias}.${ident(c)}`).join(', ')}) x)`;

const statements = new WeakMap<VersionTarget, string>();

/**
 * The INSERT of the next version of one record: its readable columns, each child resource's rows
 * (by id) under `children`, whether it is published, who saved it. The number is the record's
 * highest plus one; the caller holds the record's version lock, so two savers never take the same.
 */
function insertSql(target: VersionTarget): string {
  let text = statements.get(target);
  if (text) return text;
  const { model } = target;
  const children = target.children.map(
    ({ model: child, foreignKey }) =>
      `'${child.name}', (SELECT coalesce(jsonb_agg(${rowJson(child, 'c')} ORDER BY c.id), '[]') FROM ${ident(child.table)} c WHERE c.${ident(foreignKey)} = t.id)`,
  );
  text = `INSERT INTO record_versions (resource, record_id, number, snapshot, published, author_id, token_id, comment)
    SELECT $1::varchar, t.id, coalesce((SELECT max(number) FROM record_versions WHERE resource = $1::varchar AND record_id = t.id), 0) + 1,
      ${rowJson(model, 't')}${children.length ? ` || jsonb_build_object('children', jsonb_build_object(${children.join(', ')}))` : ''},
      ${model.options.versions?.published ?? 'false'}, $3::int, (SELECT id FROM auth_tokens WHERE id = $4::int), $5::text
    FROM ${ident(model.table)} t WHERE t.id = $2`;
  statements.set(target, text);
  return text;
}

/**
 * Records the record's next version, in the caller's transaction: it commits with the save or not at
 * all. A transaction-scoped advisory lock per record orders savers of it (a child's save does not
 * lock its parent's row); nothing else is locked after it, so it cannot take part in a deadlock.
 */
export async function recordVersion(sql: Sql, target: VersionTarget, id: number, actor: Actor | null, comment?: string): Promise<void> {
  await sql.query(`SELECT pg_advisory_xact_lock(hashtext('record_versions:' || $1), $2)`, [target.model.name, id]);
  await sql.query(insertSql(target), [target.model.name, id, actor?.id ?? null, actor?.tokenId ?? null, comment ?? null]);
}

/**
 * The record's next version, taken as the transaction is about to commit: once however many writes
 * touched it (the release and each of its files), holding what they all left. The first to ask
 * names the author and the comment.
 */
export function versionOnCommit(tx: WriteTx, target: VersionTarget, id: number, actor: Actor | null, comment?: string): void {
  tx.beforeCommit(`version:${target.model.name}:${id}`, () => recordVersion(tx.sql, target, id, actor, comment));
}
