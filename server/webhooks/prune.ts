import type { Sql } from '../db/sql.js';

/**
 * Deletes finished deliveries (delivered or failed for good) older than `keepDays`: the delivery log
 * is for seeing and replaying recent ones, not an archive. Pending ones are never touched. In batches,
 * so a large backlog never holds a long lock. Returns how many went.
 */
export async function pruneDeliveries(sql: Sql, keepDays: number): Promise<number> {
  let pruned = 0;
  for (;;) {
    const rows = await sql.query(
      `DELETE FROM webhook_deliveries WHERE id IN (
         SELECT id FROM webhook_deliveries
          WHERE status IN ('delivered', 'failed') AND created < now() - make_interval(days => $1)
          LIMIT 5000)
       RETURNING id`,
      [keepDays],
    );
    pruned += rows.length;
    if (rows.length < 5000) return pruned;
  }
}
