import { Router } from 'express';
import { requireActor } from '../auth/authenticate.js';
import { readLevel } from '../auth/permissions.js';
import type { Registry } from '../crud/registry.js';
import { actorOf } from '../crud/router.js';
import { sqlOf, type Sql } from '../db/sql.js';
import { JOB_STATUSES, valuesOf, type JobStatus } from '../domain/enums.js';
import { Event } from '../entities/Event.js';
import { Job } from '../entities/Job.js';
import { Release } from '../entities/Release.js';
import { Sponsorship } from '../entities/Sponsorship.js';
import { HttpError } from '../http/errors.js';

const STATUSES = valuesOf(JOB_STATUSES);
const IN_REVIEW: JobStatus = 'review';
/** The resources whose numbers the dashboard shows: a reader of all of them may see it. */
const SOURCES = [Job, Release, Event, Sponsorship];

// Months and years are UTC ones (docs/api.md: timestamps are UTC), whatever the session's time zone.
const ATTENTION = `
  SELECT (SELECT count(*)::int FROM jobs WHERE status = $1) AS jobs_in_review,
         (SELECT count(*)::int FROM releases WHERE NOT is_published) AS releases_unpublished,
         (SELECT count(*)::int FROM sponsorships WHERE status = 'applied') AS sponsorships_to_review,
         (SELECT count(*)::int FROM events e
           WHERE EXISTS (SELECT 1 FROM occurring_rules o WHERE o.event_id = e.id AND o.dt_start >= now())
              OR EXISTS (SELECT 1 FROM recurring_rules r WHERE r.event_id = e.id AND r.finish >= now())) AS upcoming_events`;

// generate_series supplies every month, so a month without jobs is a row of zeros; the range
// condition on created (rather than date_trunc(created)) lets ix_jobs_created serve it.
const JOBS_BY_MONTH = `
  SELECT to_char(m.month, 'YYYY-MM') AS month, j.status, count(j.id)::int AS count
    FROM generate_series(date_trunc('month', now() AT TIME ZONE 'UTC') - interval '11 months',
                         date_trunc('month', now() AT TIME ZONE 'UTC'), interval '1 month') AS m(month)
    LEFT JOIN jobs j ON j.created >= m.month AT TIME ZONE 'UTC' AND j.created < (m.month + interval '1 month') AT TIME ZONE 'UTC'
   GROUP BY m.month, j.status
   ORDER BY m.month`;

const RELEASES_PER_YEAR = `
  SELECT extract(year FROM release_date AT TIME ZONE 'UTC')::int AS year, count(*)::int AS count
    FROM releases
   WHERE release_date IS NOT NULL
   GROUP BY 1
   ORDER BY 1`;

export type JobsMonth = { month: string } & Record<JobStatus, number>;

export interface Dashboard {
  attention: { jobs_in_review: number; releases_unpublished: number; sponsorships_to_review: number; upcoming_events: number };
  jobs_by_status: JobsMonth[];
  releases_per_year: { year: number; count: number }[];
}

/** One row per month with a count for every job status, zeros included. */
function pivot(rows: { month: string; status: JobStatus | null; count: number }[]): JobsMonth[] {
  const months = new Map<string, JobsMonth>();
  for (const { month, status, count } of rows) {
    let row = months.get(month);
    if (!row) {
      row = { month, ...Object.fromEntries(STATUSES.map((s) => [s, 0])) } as JobsMonth;
      months.set(month, row);
    }
    if (status) row[status] = count;
  }
  return [...months.values()];
}

export async function loadDashboard(sql: Sql): Promise<Dashboard> {
  // Three independent reads on separate connections: a dashboard needs no single snapshot.
  const [[attention], byMonth, perYear] = await Promise.all([
    sql.query<Dashboard['attention']>(ATTENTION, [IN_REVIEW]),
    sql.query<{ month: string; status: JobStatus | null; count: number }>(JOBS_BY_MONTH),
    sql.query<{ year: number; count: number }>(RELEASES_PER_YEAR),
  ]);
  return { attention, jobs_by_status: pivot(byMonth), releases_per_year: perYear };
}

/** GET /api/dashboard: the admin's landing page numbers in one request. */
export function dashboardRouter(registry: Registry): Router {
  const router = Router();
  const sql = sqlOf(registry.db);
  const sources = SOURCES.map((entity) => registry.of(entity).model);
  router.get('/dashboard', requireActor, async (_req, res) => {
    const actor = actorOf(res);
    const unreadable = sources.filter((model) => readLevel(actor, model.options.access) !== 'full');
    if (unreadable.length) {
      throw new HttpError(403, `Your roles do not allow reading ${unreadable.map((model) => model.name).join(', ')}.`);
    }
    res.json(await loadDashboard(sql));
  });
  return router;
}
