import { writeAudit } from '../crud/audit.js';
import type { WriteContext, WriteHook } from '../crud/resource.js';
import type { Sql } from '../db/sql.js';

type Row = Record<string, unknown>;

/** The advisory lock's first key; the second is the version, so each release series queues on its own. */
const LATEST_LOCK = 'releases.latest';

/** Locks the series in ascending order, so two writers that need the same two series cannot each hold one. */
async function lockSeries(sql: Sql, versions: number[]): Promise<void> {
  for (const version of versions) await sql.query('SELECT pg_advisory_xact_lock(hashtext($1), $2)', [LATEST_LOCK, version]);
}

/** The series a new release gets when the body names none: the column's default. */
function defaultVersion(context: WriteContext): number {
  return Number(context.model.metadata.columns.find((c) => c.databaseName === 'version')!.default);
}

/**
 * Where the write leaves the release, given the row as it is (none on create): its version, and whether it
 * becomes the latest of that version — newly marked, or moved to another version while latest. Only then
 * may other releases need clearing; keeping a latest release latest (react-admin sends is_latest back with
 * every edit) takes no lock.
 */
function outcome(context: WriteContext, current?: Row): { version: number; becomesLatest: boolean; series: number[] } {
  const { input } = context;
  const version = Number(input.version ?? current?.version ?? defaultVersion(context));
  const latest = (input.is_latest ?? current?.is_latest) === true;
  const already = current?.is_latest === true && Number(current.version) === version;
  const becomesLatest = latest && !already;
  // A latest release moving to another series also holds the row its old series' markers clear: it
  // queues in both series, or two latest releases swapping series would wait for each other.
  const from = current?.is_latest === true && Number(current.version) !== version ? [Number(current.version)] : [];
  return { version, becomesLatest, series: becomesLatest ? [...from, version].sort((a, b) => a - b) : [] };
}

/**
 * At most one release per version is latest (API.md): marking one clears the others of its version in the
 * same transaction. Writers that mark releases of one version queue on an advisory lock taken before any
 * row lock, so two concurrent markings run one after the other (the second clears the first: both succeed,
 * one latest remains) and cannot deadlock on each other's rows. The partial unique index
 * uq_releases_one_latest_per_version stays the final guard.
 */
export const latestPerVersion: WriteHook = {
  async lock(context) {
    const { sql, id, input } = context;
    if (input.is_latest === false || (input.is_latest === undefined && input.version === undefined)) return;
    // Read without a lock, to learn the series before locking the row; if it changes before the row lock,
    // the row_version check refuses the write, and beforeWrite locks the series it really moves to anyway.
    const [current] = id === undefined ? [] : await sql.query<Row>('SELECT version, is_latest FROM releases WHERE id = $1', [id]);
    if (id !== undefined && !current) return;
    await lockSeries(sql, outcome(context, current).series);
  },

  async beforeWrite(context) {
    const { sql, id, actor, model, before } = context;
    const { version, becomesLatest, series } = outcome(context, before);
    if (!becomesLatest) return;
    await lockSeries(sql, series); // Held already unless the row changed since `lock` read it; taking them twice is harmless.
    // Ids are positive, so 0 excludes nothing on create.
    const cleared = await sql.query<{ id: number }>(
      'UPDATE releases SET is_latest = false, last_modified_by_id = $3 WHERE version = $1 AND is_latest AND id <> $2 RETURNING id',
      [version, id ?? 0, actor.id],
    );
    for (const row of cleared) {
      await writeAudit(sql, {
        actorId: actor.id, tokenId: actor.tokenId, resource: model.name, recordId: row.id, action: 'update',
        changes: { is_latest: { old: true, new: false } },
      });
    }
  },
};
