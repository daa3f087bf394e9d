import type { Registry } from '../crud/registry.js';
import { writeRecord } from '../crud/write/pipeline.js';
import { Job } from '../entities/Job.js';
import { logger } from '../logger.js';

/** The advisory lock every process's sweep takes: one sweeps per tick, the others skip it. */
export const EXPIRY_LOCK_KEY = 6_402_017_001;
const BATCH = 200;

/**
 * Moves approved jobs whose `expires` has passed to `expired` through the workflow (actor: the
 * system), so each gets its transition record and audit entry like any other move. Safe with
 * several server processes: a transaction-scoped advisory lock lets one of them work per tick,
 * and the row locks (SKIP LOCKED) keep it off a job a moderator is changing at that moment.
 * Returns how many jobs it expired.
 */
export async function expireDueJobs(registry: Registry): Promise<number> {
  const jobs = registry.of(Job).model;
  let total = 0;
  for (;;) {
    const expired = await registry.write(async (tx) => {
      const { sql } = tx;
      const [{ locked }] = await sql.query<{ locked: boolean }>('SELECT pg_try_advisory_xact_lock($1) AS locked', [EXPIRY_LOCK_KEY]);
      if (!locked) return null;
      const due = await sql.query<{ id: number }>(
        `SELECT id FROM jobs WHERE status = 'approved' AND expires < now() ORDER BY expires, id LIMIT $1 FOR UPDATE SKIP LOCKED`,
        [BATCH],
      );
      let done = 0;
      for (const { id } of due) {
        // One job that cannot be expired (logged) must not hold back the others; its savepoint drops its event too.
        try {
          await tx.savepoint(() => writeRecord(tx, jobs, { operation: 'update', actor: null, id, transition: { action: 'expire' } }));
          done++;
        } catch (error) {
          logger.error({ err: error, job: id }, 'could not expire a job; it is tried again on the next sweep');
        }
      }
      return { done, seen: due.length };
    });
    if (expired === null) break; // another process holds the lock and is sweeping
    total += expired.done;
    if (expired.seen < BATCH || expired.done === 0) break;
  }
  if (total) logger.info({ expired: total }, 'expired jobs past their expiry date');
  return total;
}
