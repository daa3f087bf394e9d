import type { Registry } from '../crud/registry.js';
import { writeRecord } from '../crud/write/pipeline.js';
import { sqlOf } from '../db/sql.js';
import { Media } from '../entities/Media.js';
import { HttpError } from '../http/errors.js';
import { logger } from '../logger.js';
import { mediaReferencesOf } from './rules.js';

/** What a sweep did: how many files it deleted and their names (the first 50), for the task's run record. */
export interface SweepReport {
  swept: number;
  names: string[];
}

/**
 * Deletes the library's files that nothing uses and that are older than `afterDays`, each through
 * the write pipeline: audited, its file removed from the store once committed, and the in-use rule
 * checked again under the lock (a file put to use meanwhile stays). What it deleted is logged and
 * kept as the run's result, never silent.
 */
export async function sweepUnusedMedia(registry: Registry, afterDays: number): Promise<SweepReport> {
  const { model } = registry.of(Media);
  const uses = mediaReferencesOf(model).map(({ table, column }) => `NOT EXISTS (SELECT 1 FROM "${table}" u WHERE u."${column}" = m.id)`);
  const candidates = await sqlOf(registry.db).query<{ id: number; original_name: string }>(
    `SELECT m.id, m.original_name FROM media m
      WHERE m.created < now() - make_interval(days => $1)${uses.map((use) => ` AND ${use}`).join('')}
      ORDER BY m.id`,
    [afterDays],
  );
  const report: SweepReport = { swept: 0, names: [] };
  for (const { id, original_name } of candidates) {
    try {
      await registry.write((tx) => writeRecord(tx, model, { operation: 'delete', actor: null, id }));
    } catch (error) {
      // Put to use (409) or deleted (404) since it was listed: left alone.
      if (error instanceof HttpError && (error.status === 409 || error.status === 404)) continue;
      throw error;
    }
    report.swept++;
    if (report.names.length < 50) report.names.push(original_name);
    logger.info({ media: id, name: original_name }, 'unused media file swept');
  }
  return report;
}
