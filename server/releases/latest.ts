import type { Row, WriteContext, WriteRule } from '../crud/types.js';
import { writeRecord } from '../crud/write/pipeline.js';
import type { Sql } from '../db/sql.js';

/** The advisory lock's first key; the second is the version, so each release series queues on its own. */
const LATEST_LOCK = 'releases.latest';

/** Locks the series in ascending order, so two writers that need the same two series cannot each hold one. */
async function lockSeries(sql: Sql, versions: number[]): Promise<void> {
  for (const version of versions) await sql.query('SELECT pg_advisory_xact_lock(hashtext($1), $2)', [LATEST_LOCK, version]);
}

/** The series a new release gets when the body names none: the column's default. */
function defaultVersion(context: WriteContext): number {
  return Number(context.model.columns.get('version')!.default);
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
 * At most one release per version is latest (docs/api.md): marking one clears the others of its version in the
 * same transaction. Writers that mark releases of one version queue on an advisory lock taken before any
 * row lock, so two concurrent markings run one after the other (the second clears the first: both succeed,
 * one latest remains) and cannot deadlock on each other's rows. The partial unique index
 * uq_releases_one_latest_per_version stays the final guard.
 */
export const latestPerVersion: WriteRule = {
  name: 'one latest release per version',
  async lock(context) {
    const { sql, id, input, operation, transition } = context;
    if (operation === 'delete' || transition) return;
    if (input.is_latest === false || (input.is_latest === undefined && input.version === undefined)) return;
    // Read without a lock, to learn the series before locking the row; if it changes before the row lock,
    // the row_version check refuses the write, and beforeWrite locks the series it really moves to anyway.
    const [current] = id === undefined ? [] : await sql.query<Row>('SELECT version, is_latest FROM releases WHERE id = $1', [id]);
    if (id !== undefined && !current) return;
    await lockSeries(sql, outcome(context, current).series);
  },

  async check(context) {
    const { tx, sql, id, actor, model, before, operation, transition } = context;
    if (operation === 'delete' || transition) return;
    const { version, becomesLatest, series } = outcome(context, before);
    if (!becomesLatest) return;
    await lockSeries(sql, series); // Held already unless the row changed since `lock` read it; taking them twice is harmless.
    // Ids are positive, so 0 excludes nothing on create. Each cleared release is a write of its own, with its audit entry and event.
    const cleared = await sql.query<{ id: number }>('SELECT id FROM releases WHERE version = $1 AND is_latest AND id <> $2 ORDER BY id', [
      version,
      id ?? 0,
    ]);
    for (const row of cleared) {
      await writeRecord(tx, model, { operation: 'update', actor, id: row.id, input: { is_latest: false }, accessChecked: true });
    }
  },
};
