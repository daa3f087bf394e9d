import type { Actor } from '../../auth/permissions.js';
import { ident } from '../../db/sql.js';
import type { ResourceModel, Row, WriteTx } from '../types.js';
import { writeRecord } from '../write/pipeline.js';
import { rowJson, versionOnCommit, type VersionTarget } from './snapshot.js';

/** The fields of a snapshot a client could write: what a restore writes back. */
const writableOf = (model: ResourceModel, snapshot: Row): Row =>
  Object.fromEntries(model.writable.filter((field) => field in snapshot).map((field) => [field, snapshot[field]]));

const same = (model: ResourceModel, a: Row, b: Row) =>
  model.writable.every((field) => JSON.stringify(a[field] ?? null) === JSON.stringify(b[field] ?? null));

/**
 * Makes a record's children what the version held, by content: a child unchanged since stays (its
 * id too); every other current child is deleted first, then each child of the version that is not
 * there is created. Deleting first frees the unique values (a file's url) the created ones take.
 */
async function restoreChildren(tx: WriteTx, target: VersionTarget, id: number, snapshot: Row, actor: Actor): Promise<void> {
  const held = (snapshot.children ?? {}) as Record<string, Row[]>;
  for (const { model, foreignKey } of target.children) {
    const wanted = held[model.name] ?? [];
    // As the snapshot has them (JSON from PostgreSQL), so the two compare field by field.
    const current = (
      await tx.sql.query<{ row: Row }>(
        `SELECT ${rowJson(model, 'c')} AS row FROM ${ident(model.table)} c WHERE c.${ident(foreignKey)} = $1 ORDER BY c.id`,
        [id],
      )
    ).map(({ row }) => row);
    const kept = new Set<Row>();
    for (const row of current) {
      const match = wanted.find((child) => !kept.has(child) && child.id === row.id && same(model, child, row));
      if (match) kept.add(match);
      else await writeRecord(tx, model, { operation: 'delete', actor, id: row.id as number });
    }
    for (const child of wanted) {
      if (!kept.has(child))
        await writeRecord(tx, model, { operation: 'create', actor, input: { ...writableOf(model, child), [foreignKey]: id } });
    }
  }
}

/**
 * Writes version `n`'s snapshot back, in the caller's transaction, through the pipeline: children
 * first (a release's publish checklist then sees its files), then the record with the client's
 * row_version. One new version, naming the one restored.
 */
export async function restoreVersion(
  tx: WriteTx,
  target: VersionTarget,
  id: number,
  n: number,
  snapshot: Row,
  rowVersion: number,
  actor: Actor,
): Promise<Row> {
  versionOnCommit(tx, target, id, actor, `Restored version ${n}.`);
  await restoreChildren(tx, target, id, snapshot, actor);
  return writeRecord(tx, target.model, {
    operation: 'update',
    actor,
    id,
    input: { ...writableOf(target.model, snapshot), row_version: rowVersion },
  });
}
