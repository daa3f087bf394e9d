import type { Sql } from '../../db/sql.js';

/**
 * Keeps storage bounded: of each record's versions, every published one and the newest `keep`
 * others stay (the newest of all always does); the rest are deleted. Returns how many went.
 */
export async function pruneVersions(sql: Sql, keep: number): Promise<number> {
  const rows = await sql.query<{ n: number }>(
    `WITH old AS (
       SELECT id FROM (
         SELECT id, published, row_number() OVER (PARTITION BY resource, record_id ORDER BY number DESC) AS newest
         FROM record_versions WHERE NOT published
       ) ranked WHERE newest > $1
     ), gone AS (DELETE FROM record_versions v USING old WHERE v.id = old.id RETURNING 1)
     SELECT count(*)::int AS n FROM gone`,
    [keep],
  );
  return rows[0].n;
}
