import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { JOB_STATUSES, valuesOf, type JobStatus } from '../server/domain/enums.js';
import { setupApi, type TestApi } from './support/api.js';
import { insert, rows } from './support/rows.js';

const DAY = 86_400_000;
const now = new Date();
/** The middle of the UTC month `ago` months back: far from any month boundary. */
const monthsAgo = (ago: number) => new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - ago, 15, 12));
const monthLabel = (ago: number) => monthsAgo(ago).toISOString().slice(0, 7);

// 12 and 13 months back are outside the window (the current month and the 11 before it).
const JOBS: { status: JobStatus; ago: number }[] = [
  { status: 'draft', ago: 0 },
  { status: 'review', ago: 0 },
  { status: 'review', ago: 0 },
  { status: 'approved', ago: 1 },
  { status: 'rejected', ago: 1 },
  { status: 'review', ago: 3 },
  { status: 'archived', ago: 11 },
  { status: 'expired', ago: 11 },
  { status: 'removed', ago: 11 },
  { status: 'review', ago: 12 },
  { status: 'draft', ago: 13 },
];
/** Only applications (applied) wait for a decision. */
const SPONSORSHIPS = ['applied', 'applied', 'rejected', 'applied'] as const;
const RELEASES = [
  { date: '2019-10-14T00:00:00Z', published: true },
  { date: '2019-12-18T00:00:00Z', published: true },
  { date: '2024-10-07T00:00:00Z', published: true },
  { date: '2024-12-03T00:00:00Z', published: false },
  { date: '2024-12-31T23:30:00Z', published: false }, // still 2024 in UTC
  { date: '2025-01-01T00:30:00Z', published: true },
];
/** Each event's schedule: a one-off start, and recurrences' finishes (days from now). */
const EVENTS: { occurs?: number; recursUntil?: number[] }[] = [
  { occurs: 10 },
  { occurs: -10 },
  { recursUntil: [30] },
  { recursUntil: [-1] },
  {},
  { occurs: -5, recursUntil: [-3, 60] },
  { occurs: 2, recursUntil: [90] },
];

describe('GET /api/dashboard', () => {
  let s: TestApi;
  beforeAll(async () => {
    s = await setupApi({ seed: false });
    const db = s.t.db;
    const category = await insert(db, 'job_categories', rows.jobCategory());
    for (const { status, ago } of JOBS) {
      const expires = status === 'approved' ? new Date(Date.now() + 90 * DAY) : null;
      await insert(db, 'jobs', rows.job(category, { status, created: monthsAgo(ago), expires }));
    }
    for (const { date, published } of RELEASES) await insert(db, 'releases', rows.release({ release_date: date, is_published: published }));
    for (const status of SPONSORSHIPS) await insert(db, 'sponsorships', { status, locked: status !== 'applied' });
    const calendar = await insert(db, 'calendars', rows.calendar());
    for (const { occurs, recursUntil = [] } of EVENTS) {
      const event = await insert(db, 'events', rows.event(calendar));
      if (occurs !== undefined) {
        const start = new Date(Date.now() + occurs * DAY);
        await insert(db, 'occurring_rules', { event_id: event, dt_start: start, dt_end: new Date(start.getTime() + 3_600_000) });
      }
      for (const days of recursUntil) {
        await insert(db, 'recurring_rules', {
          event_id: event,
          begin: new Date(Date.now() - 100 * DAY),
          finish: new Date(Date.now() + days * DAY),
        });
      }
    }
  });
  afterAll(() => s.t.drop());

  it('counts what needs attention', async () => {
    const { attention } = (await s.api().get('/api/dashboard').expect(200)).body;
    expect(attention).toEqual({
      jobs_in_review: JOBS.filter((j) => j.status === 'review').length,
      releases_unpublished: RELEASES.filter((r) => !r.published).length,
      sponsorships_to_review: SPONSORSHIPS.filter((status) => status === 'applied').length,
      upcoming_events: EVENTS.filter((e) => (e.occurs ?? -1) >= 0 || (e.recursUntil ?? []).some((d) => d >= 0)).length,
    });
  });

  it('counts jobs by UTC creation month and status over the last 12 months, empty months as zeros', async () => {
    const { jobs_by_status } = (await s.api().get('/api/dashboard').expect(200)).body;
    const expected = Array.from({ length: 12 }, (_, i) => {
      const ago = 11 - i;
      const counts = valuesOf(JOB_STATUSES).map((status) => [status, JOBS.filter((j) => j.ago === ago && j.status === status).length]);
      return { month: monthLabel(ago), ...Object.fromEntries(counts) };
    });
    expect(jobs_by_status).toEqual(expected);
    expect(jobs_by_status.at(-1).month).toBe(now.toISOString().slice(0, 7));
  });

  it('counts releases per UTC year of release, oldest first', async () => {
    const { releases_per_year } = (await s.api().get('/api/dashboard').expect(200)).body;
    const years = new Map<number, number>();
    for (const { date } of RELEASES) years.set(Number(date.slice(0, 4)), (years.get(Number(date.slice(0, 4))) ?? 0) + 1);
    expect(releases_per_year).toEqual([...years].sort(([a], [b]) => a - b).map(([year, count]) => ({ year, count })));
  });

  it('is for anyone who reads jobs, releases and events: every role, not a role-less user', async () => {
    const reference = (await s.api().get('/api/dashboard').expect(200)).body;
    for (const role of ['content_editor', 'release_manager', 'job_moderator'] as const) {
      expect((await (await s.as(role)).get('/api/dashboard').expect(200)).body).toEqual(reference);
    }
    const refused = await (await s.as('no_role')).get('/api/dashboard').expect(403);
    expect(refused.body.message).toMatch(/jobs, releases, events/);
    expect((await s.anonymous().get('/api/dashboard').expect(401)).body).toEqual({ message: 'Please sign in.' });
  });
});
