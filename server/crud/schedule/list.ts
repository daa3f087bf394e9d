import { readLevel, type Actor } from '../../auth/permissions.js';
import { ident, type Sql } from '../../db/sql.js';
import { HttpError } from '../../http/errors.js';
import type { Registry } from '../registry.js';
import { titleColumnOf } from '../titleColumn.js';
import type { Row } from '../types.js';

const STATUSES = new Set(['pending', 'done', 'failed']);

/** The record's title, by resource, in one CASE: one query for the whole page however many resources it spans. */
function labelSql(registry: Registry): string {
  const cases = [...registry.versions.values()].flatMap(({ model }) => {
    const title = titleColumnOf(model);
    return title
      ? [`WHEN '${model.name}' THEN (SELECT r.${ident(title)}::text FROM ${ident(model.table)} r WHERE r."id" = s.record_id)`]
      : [];
  });
  return cases.length ? `CASE s.resource ${cases.join(' ')} END` : 'NULL';
}

export interface ScheduleQuery {
  status?: unknown;
  resource?: unknown;
  offset: number;
  limit: number;
}

/**
 * GET /api/schedule: publications of the versioned resources the actor reads in full, soonest
 * first, with who set them and, for a failed one, why.
 */
export async function listSchedule(
  sql: Sql,
  registry: Registry,
  actor: Actor,
  query: ScheduleQuery,
): Promise<{ rows: Row[]; total: number }> {
  if (query.status !== undefined && !STATUSES.has(String(query.status))) {
    throw new HttpError(400, `The status filter must be one of: ${[...STATUSES].join(', ')}.`, { status: 'Unknown status.' });
  }
  const readable = [...registry.versions.values()]
    .filter(({ model }) => readLevel(actor, model.options.access) === 'full')
    .map(({ model }) => model.name)
    .filter((name) => query.resource === undefined || name === query.resource);
  const rows = await sql.query<Row & { total: number }>(
    `SELECT s.id, s.resource, s.record_id, ${labelSql(registry)} AS label, s.action, s.run_at, s.status, s.reason,
            u.username AS author, s.created, s.finished, count(*) OVER ()::int AS total
       FROM scheduled_publications s LEFT JOIN users u ON u.id = s.author_id
      WHERE s.resource = ANY($1) AND ($2::text IS NULL OR s.status = $2)
      ORDER BY s.run_at, s.id LIMIT $3 OFFSET $4`,
    [readable, query.status ?? null, query.limit, query.offset],
  );
  let total = rows[0]?.total;
  if (total === undefined) {
    const [{ n }] = await sql.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM scheduled_publications s WHERE s.resource = ANY($1) AND ($2::text IS NULL OR s.status = $2)`,
      [readable, query.status ?? null],
    );
    total = n;
  }
  return { rows: rows.map(({ total: _total, ...row }) => row), total };
}
