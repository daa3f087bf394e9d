import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { calendarImportConfig } from '../server/config.js';
import { importCalendar, type ImportSettings } from '../server/calendars/import/runImport.js';
import { startReceiver } from './support/receiver.js';
import { setupApi, type TestApi } from './support/api.js';

const BERLIN = `BEGIN:VTIMEZONE
TZID:Europe/Berlin
BEGIN:DAYLIGHT
TZOFFSETFROM:+0100
TZOFFSETTO:+0200
TZNAME:CEST
DTSTART:19700329T020000
RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU
END:DAYLIGHT
BEGIN:STANDARD
TZOFFSETFROM:+0200
TZOFFSETTO:+0100
TZNAME:CET
DTSTART:19701025T030000
RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU
END:STANDARD
END:VTIMEZONE`;

const vevent = (lines: string[]) => ['BEGIN:VEVENT', ...lines, 'END:VEVENT'].join('\r\n');
const calendar = (events: string[]) =>
  [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Google Inc//Google Calendar 70.9054//EN',
    'X-WR-CALNAME:Python Events',
    BERLIN,
    ...events,
    'END:VCALENDAR',
  ].join('\r\n');

// A weekly user group in Berlin (six weeks, the third skipped), an all-day conference, a sprint, a cancelled meetup, one that will go.
const MEETUP = vevent([
  'UID:meetup-berlin@example.org',
  'DTSTART;TZID=Europe/Berlin:20270105T190000',
  'DTEND;TZID=Europe/Berlin:20270105T210000',
  'RRULE:FREQ=WEEKLY;COUNT=6',
  'EXDATE;TZID=Europe/Berlin:20270119T190000',
  'SUMMARY:Python Users Berlin',
  'LOCATION:c-base\\, Berlin',
  'CATEGORIES:User group',
  'DESCRIPTION:Talks and hacking.\\nBring a laptop <3',
]);
const CONFERENCE = vevent([
  'UID:conf@example.org',
  'DTSTART;VALUE=DATE:20271010',
  'DTEND;VALUE=DATE:20271013',
  'SUMMARY:PyCon Example',
  'LOCATION:Prague Congress Centre',
]);
const sprint = (day: string, title = 'Sprint day') =>
  vevent(['UID:sprint@example.org', `DTSTART:202703${day}T090000Z`, `DTEND:202703${day}T170000Z`, `SUMMARY:${title}`]);
const CANCELLED = vevent(['UID:cancelled@example.org', 'STATUS:CANCELLED', 'DTSTART:20270401T090000Z', 'SUMMARY:Cancelled meetup']);
const GONE = vevent(['UID:gone@example.org', 'DTSTART;VALUE=DATE:20270501', 'SUMMARY:Will disappear']);
const NEW = vevent(['UID:new@example.org', 'DTSTART:20270601T180000Z', 'DTEND:20270601T200000Z', 'SUMMARY:Added later']);

/** The calendar import against feeds served from a real local HTTP server. */
describe('calendar import', () => {
  let s: TestApi;
  let feed: Awaited<ReturnType<typeof startReceiver>>;
  let body = calendar([MEETUP, CONFERENCE, sprint('01'), CANCELLED, GONE]);
  let calendarId: number;
  let slug: string;
  const settings = (extra: Partial<ImportSettings> = {}): ImportSettings => ({
    ...calendarImportConfig({}),
    outbound: { allowPrivate: true },
    ...extra,
  });
  const events = async () =>
    Object.fromEntries(
      (
        await s.t.db.query(
          `SELECT e.uid, e.id, e.title, e.description, e.is_published, e.removed_at_source, v.name AS venue,
                  (SELECT json_agg(json_build_object('dt_start', o.dt_start, 'dt_end', o.dt_end, 'all_day', o.all_day)) FROM occurring_rules o WHERE o.event_id = e.id) AS occurring,
                  (SELECT json_agg(json_build_object('begin', r.begin, 'finish', r.finish, 'duration', r.duration_minutes, 'interval', r.interval, 'frequency', r.frequency) ORDER BY r.begin) FROM recurring_rules r WHERE r.event_id = e.id) AS recurring,
                  (SELECT array_agg(c.name) FROM event_category_associations a JOIN event_categories c ON c.id = a.category_id WHERE a.event_id = e.id) AS categories
             FROM events e LEFT JOIN event_locations v ON v.id = e.venue_id WHERE e.calendar_id = $1`,
          [calendarId],
        )
      ).map((e: { uid: string }) => [e.uid, e]),
    );

  beforeAll(async () => {
    s = await setupApi({ seed: false, outbound: { allowPrivate: true } });
    feed = await startReceiver((req) => {
      if (req.headers['if-none-match'] === '"v-current"' && req.path === '/python-events.ics') return { status: 304 };
      return { status: 200, body };
    });
    const made = await (
      await s.as('content_editor')
    )
      .post('/api/calendars')
      .send({ name: 'Python Events', slug: 'python-events', url: `${feed.base}/python-events.ics` })
      .expect(201);
    calendarId = made.body.id;
    slug = made.body.slug;
  });
  afterAll(async () => {
    await feed?.close();
    await s?.t.drop();
  });

  it('creates events from a Google-style feed: recurrence with an EXDATE, an all-day conference, time zones, a cancelled one', async () => {
    const report = await importCalendar(s.registry, calendarId, settings());
    expect(report).toMatchObject({ status: 'imported', created: 5, updated: 0, removed: 0, skipped: 0, errors: [] });
    const all = await events();
    // 19:00 in Berlin in January is 18:00 UTC; the skipped week splits the weekly rule in two.
    expect(all['meetup-berlin@example.org']).toMatchObject({
      title: 'Python Users Berlin',
      venue: 'c-base, Berlin',
      categories: ['User group'],
      description: '<p>Talks and hacking.<br>Bring a laptop &lt;3</p>',
      occurring: null,
      recurring: [
        { begin: '2027-01-05T18:00:00+00:00', finish: '2027-01-12T18:00:00+00:00', duration: 120, interval: 1, frequency: 2 },
        { begin: '2027-01-26T18:00:00+00:00', finish: '2027-02-09T18:00:00+00:00', duration: 120, interval: 1, frequency: 2 },
      ],
    });
    // All day: DTEND is exclusive, the last day is the 12th.
    expect(all['conf@example.org'].occurring).toEqual([
      { dt_start: '2027-10-10T00:00:00+00:00', dt_end: '2027-10-12T00:00:00+00:00', all_day: true },
    ]);
    // No DTEND: the same day.
    expect(all['gone@example.org'].occurring).toEqual([
      { dt_start: '2027-05-01T00:00:00+00:00', dt_end: '2027-05-01T00:00:00+00:00', all_day: true },
    ]);
    expect(all['cancelled@example.org'].is_published).toBe(false);
    const ics = await s.anonymous().get(`/events/calendars/${slug}.ics`).expect(200);
    expect(ics.text).toContain('Python Users Berlin');
    expect(ics.text).not.toContain('Cancelled meetup');
    const [kept] = await s.t.db.query(`SELECT last_import FROM calendars WHERE id = $1`, [calendarId]);
    expect(kept.last_import).toMatchObject({ status: 'imported', created: 5 });
  });

  it('follows a moved event, keeps what staff edited, unpublishes what left the feed, and adds what is new', async () => {
    const before = await events();
    const sprintId = before['sprint@example.org'].id;
    const [{ row_version }] = await s.t.db.query(`SELECT row_version FROM events WHERE id = $1`, [sprintId]);
    await (await s.as('content_editor')).put(`/api/events/${sprintId}`).send({ title: 'Sprint day (room 2)', row_version }).expect(200);

    body = calendar([MEETUP, CONFERENCE, sprint('02', 'Sprint day!'), CANCELLED, NEW]);
    const report = await (await s.as('content_editor')).post(`/api/calendars/${calendarId}/import`).expect(200);
    expect(report.body).toMatchObject({ status: 'imported', created: 1, updated: 1, removed: 1, unchanged: 3 });
    expect(report.body.kept_staff_edits).toEqual([{ uid: 'sprint@example.org', title: 'Sprint day (room 2)', fields: ['title'] }]);
    const after = await events();
    expect(after['sprint@example.org']).toMatchObject({
      title: 'Sprint day (room 2)',
      occurring: [{ dt_start: '2027-03-02T09:00:00+00:00', dt_end: '2027-03-02T17:00:00+00:00', all_day: false }],
    });
    expect(after['gone@example.org']).toMatchObject({ is_published: false, removed_at_source: expect.any(Date) });
    expect(after['new@example.org']).toMatchObject({ title: 'Added later', is_published: true });
    await (await s.as('release_manager')).post(`/api/calendars/${calendarId}/import`).expect(403);
  });

  it('asks conditionally, and a broken, huge or private feed changes nothing and says why', async () => {
    const count = async () =>
      (await s.t.db.query(`SELECT count(*)::int AS n, max(updated) AS last FROM events WHERE calendar_id = $1`, [calendarId]))[0];
    const before = await count();
    await s.t.db.query(`UPDATE calendars SET import_etag = '"v-current"' WHERE id = $1`, [calendarId]);
    const unchanged = await importCalendar(s.registry, calendarId, settings());
    expect(unchanged.status).toBe('not-modified');
    expect(feed.received.at(-1)!.headers['if-none-match']).toBe('"v-current"');
    await s.t.db.query(`UPDATE calendars SET import_etag = NULL WHERE id = $1`, [calendarId]);

    body = 'BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nDTSTART:garbage\r\nEND:VCALENDAR';
    const broken = await importCalendar(s.registry, calendarId, settings());
    expect(broken).toMatchObject({ status: 'failed', message: expect.stringMatching(/not iCalendar/) });

    body = calendar(
      Array.from({ length: 4000 }, (_, i) => vevent([`UID:bulk-${i}@example.org`, 'DTSTART:20270101T000000Z', `SUMMARY:Bulk ${i}`])),
    );
    const huge = await importCalendar(s.registry, calendarId, settings({ maxBytes: 100_000 }));
    expect(huge).toMatchObject({ status: 'failed', message: expect.stringMatching(/larger than/) });

    const refused = await importCalendar(s.registry, calendarId, settings({ outbound: { allowPrivate: false } }));
    expect(refused).toMatchObject({ status: 'failed', message: expect.stringMatching(/Refused/) });
    expect(await count()).toEqual(before);
    const [kept] = await s.t.db.query(`SELECT last_import FROM calendars WHERE id = $1`, [calendarId]);
    expect(kept.last_import.status).toBe('failed');
  });
});
