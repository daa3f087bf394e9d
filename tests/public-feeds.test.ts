import ical, { type VEvent } from 'node-ical';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import Parser from 'rss-parser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { setupApi, type TestApi } from './support/api.js';
import { insert, rows } from './support/rows.js';

/*
 * The public feeds as a feed reader and a calendar application read them: RSS through rss-parser
 * (and the document through a strict XML validator), iCalendar through node-ical. What each must
 * hold is read from the database, or written through the admin API first; never copied from the code.
 */

type Row = Record<string, unknown>;
const HOST = 'feeds.python.test';
const ORIGIN = `http://${HOST}`;
const HOUR = 3_600_000;
const DAY = 24 * HOUR;

const newestFirst = (a: unknown, b: unknown) =>
  a instanceof Date && b instanceof Date ? b.getTime() - a.getTime() : String(b).localeCompare(String(a));
/** Rows sorted by one column, newest first, ties on the higher id. */
const byNewest = (list: Row[], column: string) =>
  [...list].sort((a, b) => newestFirst(a[column], b[column]) || Number(b.id) - Number(a.id));
/** iCalendar and RSS dates have whole seconds. */
const seconds = (value: unknown) => Math.floor(new Date(value as string).getTime() / 1000);
/** node-ical gives a property with parameters (URL;VALUE=URI:…) as { params, val }. */
const valueOf = (property: unknown) => (typeof property === 'object' && property ? (property as { val: unknown }).val : property);
const pad = (n: number) => String(n).padStart(2, '0');
/** The day of a DATE value as node-ical gives it (flagged dateOnly, at local midnight), or the UTC day of an instant. */
const dayOf = (d: Date & { dateOnly?: boolean }) =>
  d.dateOnly ? `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}` : d.toISOString().slice(0, 10);

describe('public feeds', () => {
  let s: TestApi;
  const get = (path: string) => s.anonymous().get(path).set('Host', HOST);
  const head = (path: string) => s.anonymous().head(path).set('Host', HOST);
  const query = (text: string, values: unknown[] = []): Promise<Row[]> => s.t.db.query(text, values);

  beforeAll(async () => {
    s = await setupApi();
  });
  afterAll(() => s.t.drop());

  async function readRss(path: string) {
    const res = await get(path).expect(200);
    expect(res.headers['content-type']).toBe('application/rss+xml; charset=utf-8');
    expect(res.headers['cache-control']).toMatch(/^public, /);
    expect(XMLValidator.validate(res.text)).toBe(true);
    const feed = await new Parser().parseString(res.text);
    const xml = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '' }).parse(res.text);
    const links = [xml.rss.channel['atom:link']].flat() as { rel: string; href: string; type: string }[];
    expect(xml.rss['xmlns:atom']).toBe('http://www.w3.org/2005/Atom');
    expect(links.filter((link) => link.rel === 'self')).toEqual([{ rel: 'self', href: `${ORIGIN}${path}`, type: 'application/rss+xml' }]);
    return { res, feed, etag: res.headers.etag as string, keys: (res.headers['surrogate-key'] as string).split(' ') };
  }

  /** A conditional GET with a tag the server gave: 304 and no body while nothing changed. */
  async function expectNotModified(path: string, etag: string) {
    const res = await get(path).set('If-None-Match', etag).expect(304);
    expect(res.text ?? '').toBe('');
    expect(res.headers.etag).toBe(etag);
  }

  describe('jobs: /jobs/feed/rss/', () => {
    let category: number;
    const approvedJob = (o: Row) =>
      insert(s.t.db, 'jobs', rows.job(category, { status: 'approved', expires: new Date(Date.now() + 30 * DAY), ...o }));
    const expectedJobs = async () =>
      byNewest(await query(`SELECT id, job_title, company_name, status, created, updated FROM jobs`), 'created')
        .filter((j) => j.status === 'approved')
        .slice(0, 20);

    beforeAll(async () => {
      category = (await query('SELECT id FROM job_categories ORDER BY id LIMIT 1'))[0].id as number;
      // More approved jobs than the feed holds, so the limit and the order both show.
      for (let i = 0; i < 20; i++) await approvedJob({ job_title: `Feed job ${i}`, created: new Date(Date.now() - (i + 2) * HOUR) });
      // A title that would break a careless XML writer: two CDATA ends, markup, an ampersand, a control character.
      await approvedJob({ job_title: 'A ]]> B ]]> <C> & D\u0001', company_name: 'Hostile & Co', created: new Date(Date.now() - HOUR / 2) });
    });

    it('holds the 20 newest approved jobs, newest first, titled and linked as python.org does', async () => {
      const { feed, keys } = await readRss('/jobs/feed/rss/');
      const expected = await expectedJobs();
      expect(expected).toHaveLength(20);
      expect(feed.items.map((item) => item.link)).toEqual(expected.map((j) => `${ORIGIN}/jobs/${j.id}/`));
      expect(feed.items.map((item) => item.title)).toEqual(
        expected.map((j) => `${String(j.job_title).replace('\u0001', '')}, ${j.company_name}`),
      );
      expect(feed.items.map((item) => seconds(item.isoDate))).toEqual(expected.map((j) => seconds(j.created)));
      expect(feed.link).toBe(`${ORIGIN}/jobs/`);
      // The last change among the items, not the time of the request: the same tag always comes with the same bytes.
      expect(seconds(feed.lastBuildDate)).toBe(Math.max(...expected.map((j) => seconds(j.updated))));
      expect(keys).toEqual(['jobs', ...expected.map((j) => `job-${j.id}`)]);
    });

    it('leaves out a job awaiting review; approved by a moderator, it comes first and the ETag changes', async () => {
      const id = await insert(s.t.db, 'jobs', rows.job(category, { status: 'review', job_title: 'Newest in review', created: new Date() }));
      const before = await readRss('/jobs/feed/rss/');
      expect(before.feed.items.map((item) => item.link)).not.toContain(`${ORIGIN}/jobs/${id}/`);
      await expectNotModified('/jobs/feed/rss/', before.etag);

      const [{ row_version }] = await query('SELECT row_version FROM jobs WHERE id = $1', [id]);
      const moderator = await s.as('job_moderator');
      await moderator.post(`/api/jobs/${id}/approve`).send({ row_version }).expect(200);

      const changed = await get('/jobs/feed/rss/').set('If-None-Match', before.etag).expect(200);
      expect(changed.headers.etag).not.toBe(before.etag);
      const after = await readRss('/jobs/feed/rss/');
      expect(after.feed.items[0].link).toBe(`${ORIGIN}/jobs/${id}/`);
      expect(after.feed.items.map((item) => item.link)).toEqual((await expectedJobs()).map((j) => `${ORIGIN}/jobs/${j.id}/`));
      await expectNotModified('/jobs/feed/rss/', after.etag);
    });
  });

  describe('releases: /downloads/feed.rss', () => {
    const expectedReleases = async () =>
      byNewest(await query('SELECT id, name, slug, is_published, release_date FROM releases'), 'release_date')
        .filter((r) => r.is_published)
        .slice(0, 10);

    beforeAll(async () => {
      for (let i = 0; i < 5; i++) {
        await insert(
          s.t.db,
          'releases',
          rows.release({ name: `Python 3.99.${i}`, is_published: true, release_date: new Date(Date.now() - i * DAY) }),
        );
      }
    });

    it('holds the 10 newest published releases with their release dates', async () => {
      const { feed, keys } = await readRss('/downloads/feed.rss');
      const expected = await expectedReleases();
      expect(expected).toHaveLength(10);
      expect(feed.items.map((item) => [item.title, item.link, seconds(item.isoDate)])).toEqual(
        expected.map((r) => [r.name, `${ORIGIN}/downloads/release/${r.slug}/`, seconds(r.release_date)]),
      );
      expect(keys).toEqual(['releases', ...expected.map((r) => `release-${r.id}`)]);
    });

    it('leaves out an unpublished release; published through the admin API, it shows and the ETag changes', async () => {
      const id = await insert(
        s.t.db,
        'releases',
        rows.release({ name: 'Python 3.99.9', is_published: false, release_date: new Date(Date.now() + DAY) }),
      );
      const before = await readRss('/downloads/feed.rss');
      expect(before.feed.items.map((item) => item.title)).not.toContain('Python 3.99.9');

      const [{ row_version }] = await query('SELECT row_version FROM releases WHERE id = $1', [id]);
      await s
        .api()
        .put(`/api/releases/${id}`)
        .send({ is_published: true, publish_override: 'Checked by the feed test', row_version })
        .expect(200);

      const changed = await get('/downloads/feed.rss').set('If-None-Match', before.etag).expect(200);
      expect(changed.headers.etag).not.toBe(before.etag);
      const after = await readRss('/downloads/feed.rss');
      expect(after.feed.items[0].title).toBe('Python 3.99.9');
      expect(after.feed.items.map((item) => item.title)).toEqual((await expectedReleases()).map((r) => r.name));
    });
  });

  describe('board minutes: /psf/records/board/minutes/feed/', () => {
    const expectedMinutes = async () =>
      byNewest(await query('SELECT id, date, is_published FROM minutes'), 'date')
        .filter((m) => m.is_published)
        .slice(0, 20);

    it('holds published minutes only, newest meeting first; publishing a draft adds it and changes the ETag', async () => {
      const drafts = await query('SELECT id, date, row_version FROM minutes WHERE NOT is_published ORDER BY id');
      expect(drafts.length).toBeGreaterThan(0);
      const before = await readRss('/psf/records/board/minutes/feed/');
      const links = (list: Row[]) => list.map((m) => `${ORIGIN}/psf/records/board/minutes/${m.date}/`);
      expect(before.feed.items.map((item) => item.link)).toEqual(links(await expectedMinutes()));
      expect(before.feed.items.map((item) => item.guid)).toEqual((await expectedMinutes()).map((m) => `minutes-${m.id}@${HOST}`));
      expect(before.keys).toEqual(['minutes', ...(await expectedMinutes()).map((m) => `minutes-${m.id}`)]);

      const [draft] = drafts;
      await s.api().put(`/api/minutes/${draft.id}`).send({ is_published: true, row_version: draft.row_version }).expect(200);
      const after = await readRss('/psf/records/board/minutes/feed/');
      expect(after.etag).not.toBe(before.etag);
      expect(after.feed.items.map((item) => item.link)).toEqual(links(await expectedMinutes()));
      expect(after.feed.items.map((item) => item.guid)).toContain(`minutes-${draft.id}@${HOST}`);
    });
  });

  it('answers HEAD like GET without a body, and sends a feed URL without its slash to it', async () => {
    for (const path of [
      '/jobs/feed/rss/',
      '/downloads/feed.rss',
      '/psf/records/board/minutes/feed/',
      '/events/calendars/python-events.ics',
    ]) {
      const full = await get(path).expect(200);
      const res = await head(path).expect(200);
      expect(res.text ?? '').toBe('');
      expect(res.headers.etag).toBe(full.headers.etag);
      expect(res.headers['content-type']).toBe(full.headers['content-type']);
      await expectNotModified(path, full.headers.etag as string);
    }
    expect((await get('/jobs/feed/rss').expect(301)).headers.location).toBe('/jobs/feed/rss/');
  });

  it('refuses a Host header that names no host, rather than failing', async () => {
    const res = await s.anonymous().get('/jobs/feed/rss/').set('Host', 'bad host').expect(400);
    expect(res.body).toEqual({ detail: expect.stringContaining('Host') });
  });

  describe('calendars: /events/calendars/<slug>.ics', () => {
    let calendarId: number;
    const slug = 'feeds-test';
    const ids: Record<string, number> = {};

    const create = async (resource: string, body: Row) => (await s.api().post(`/api/${resource}`).send(body).expect(201)).body.id as number;
    const update = async (resource: string, id: number, body: Row) => {
      const { body: current } = await s.api().get(`/api/${resource}/${id}`).expect(200);
      await s
        .api()
        .put(`/api/${resource}/${id}`)
        .send({ ...body, row_version: current.row_version })
        .expect(200);
    };
    async function readIcs(calendar = slug) {
      const res = await get(`/events/calendars/${calendar}.ics`).expect(200);
      expect(res.headers['content-type']).toBe('text/calendar; charset=utf-8');
      const parsed = ical.sync.parseICS(res.text);
      const events = Object.values(parsed).filter((c): c is VEvent => c?.type === 'VEVENT');
      return { res, text: res.text, parsed, events, byUid: new Map(events.map((e) => [e.uid, e])), etag: res.headers.etag as string };
    }
    /** What each VEVENT should be, from the database: one per rule of each event of the calendar. */
    async function expectedSchedules(calendar = slug) {
      const occurring = await query(
        `SELECT e.id AS event_id, o.id, o.row_version, o.updated, o.dt_start, o.dt_end, o.all_day, 'o' AS kind
           FROM occurring_rules o JOIN events e ON e.id = o.event_id JOIN calendars c ON c.id = e.calendar_id WHERE c.slug = $1`,
        [calendar],
      );
      const recurring = await query(
        `SELECT e.id AS event_id, r.*, 'r' AS kind
           FROM recurring_rules r JOIN events e ON e.id = r.event_id JOIN calendars c ON c.id = e.calendar_id WHERE c.slug = $1`,
        [calendar],
      );
      const events = await query(
        `SELECT e.*, v.name AS venue_name, v.address AS venue_address, v.updated AS venue_updated
           FROM events e JOIN calendars c ON c.id = e.calendar_id LEFT JOIN event_locations v ON v.id = e.venue_id WHERE c.slug = $1`,
        [calendar],
      );
      const eventOf = new Map(events.map((e) => [e.id, e]));
      return [...occurring, ...recurring].map((rule) => ({
        uid: rule.kind === 'o' ? `event-${rule.event_id}@${HOST}` : `event-${rule.event_id}-rule-${rule.id}@${HOST}`,
        rule,
        event: eventOf.get(rule.event_id)!,
      }));
    }

    beforeAll(async () => {
      calendarId = await create('calendars', { name: 'Feeds, tests; and more', slug, description: 'A calendar\nof two lines' });
      ids.venue = await create('event-locations', { name: 'Hall A', address: 'Main St 1, Springfield', calendar_id: calendarId });
      const event = (title: string, more: Row = {}) =>
        create('events', { title, calendar_id: calendarId, description: `${title}: talks, sprints; fun.`, ...more });
      ids.oneOff = await event('One-off talk', { venue_id: ids.venue });
      await create('occurring-rules', {
        event_id: ids.oneOff,
        dt_start: '2027-02-10T17:30:00Z',
        dt_end: '2027-02-10T19:00:00Z',
        all_day: false,
      });
      ids.allDay = await event('All-day sprint');
      await create('occurring-rules', {
        event_id: ids.allDay,
        dt_start: '2027-03-01T00:00:00Z',
        dt_end: '2027-03-03T00:00:00Z',
        all_day: true,
      });
      ids.series = await event('Meetup series', { venue_id: ids.venue });
      ids.fortnightly = await create('recurring-rules', {
        event_id: ids.series,
        begin: '2027-01-05T18:00:00Z',
        finish: '2027-06-01T19:30:00Z',
        duration_minutes: 90,
        interval: 2,
        frequency: 2,
        all_day: false,
      });
      // Day 31: months without one are skipped, by dateutil and RFC 5545 alike.
      ids.monthly = await create('recurring-rules', {
        event_id: ids.series,
        begin: '2027-01-31T09:00:00Z',
        finish: '2027-12-31T09:00:00Z',
        duration_minutes: 60,
        interval: 1,
        frequency: 1,
        all_day: false,
      });
      ids.daily = await event('Daily standup, all day');
      // Finishes before the time of day it begins: the 20th's occurrence (18:00) is after finish (10:00).
      await create('recurring-rules', {
        event_id: ids.daily,
        begin: '2027-01-05T18:00:00Z',
        finish: '2027-01-20T10:00:00Z',
        duration_minutes: 0,
        interval: 3,
        frequency: 3,
        all_day: true,
      });
      ids.unscheduled = await event('Not scheduled yet');
      // Written long ago (straight into the tables, as an import would): its stamps are not the time of any request.
      ids.old = await insert(
        s.t.db,
        'events',
        rows.event(calendarId, { title: 'Old talk', created: '2026-01-01T00:00:00Z', updated: '2026-01-02T03:04:05Z' }),
      );
      await insert(s.t.db, 'occurring_rules', {
        event_id: ids.old,
        dt_start: '2026-02-01T10:00:00Z',
        dt_end: '2026-02-01T11:00:00Z',
        created: '2026-01-01T00:00:00Z',
        updated: '2026-01-01T00:00:00Z',
      });
    });

    it('imports into node-ical: one VEVENT per rule, with stable UIDs, the calendar name, summary, description and URL', async () => {
      const first = await readIcs();
      const expected = await expectedSchedules();
      expect([...first.byUid.keys()].sort()).toEqual(expected.map((x) => x.uid).sort());
      expect(first.events.some((e) => String(valueOf(e.url)).endsWith(`/${ids.unscheduled}/`))).toBe(false);
      const calendar = Object.values(first.parsed).find((c) => c?.type === 'VCALENDAR') as Row;
      expect(calendar['WR-CALNAME']).toBe('Feeds, tests; and more');
      for (const { uid, rule, event } of expected) {
        const vevent = first.byUid.get(uid)!;
        expect(vevent.summary).toBe(event.title);
        expect(vevent.description).toBe(event.description);
        expect(valueOf(vevent.url)).toBe(`${ORIGIN}/events/${slug}/${event.id}/`);
        // The last revision of what the VEVENT is made of; DTSTAMP too, since there is no METHOD.
        const revised = Math.max(...[event.updated, rule.updated, event.venue_updated].filter(Boolean).map(seconds));
        expect([seconds(vevent.lastmodified), seconds(vevent.dtstamp)]).toEqual([revised, revised]);
      }
      expect(seconds(first.byUid.get(`event-${ids.old}@${HOST}`)!.dtstamp)).toBe(seconds('2026-01-02T03:04:05Z'));
      const again = await readIcs();
      expect(again.text).toBe(first.text);
      expect(again.etag).toBe(first.etag);
    });

    it('writes every time in UTC, all-day occurrences as dates, and the venue as LOCATION', async () => {
      const { text, byUid } = await readIcs();
      const times = text.split('\r\n').filter((line) => /^(DTSTART|DTEND)[;:]/.test(line));
      expect(times.length).toBeGreaterThan(0);
      for (const line of times) expect(line).toMatch(/^(DTSTART|DTEND)(:\d{8}T\d{6}Z|;VALUE=DATE:\d{8})$/);
      for (const { uid, rule, event } of await expectedSchedules()) {
        const vevent = byUid.get(uid)!;
        expect(vevent.location ?? null).toBe(event.venue_name ? `${event.venue_name}\n${event.venue_address}` : null);
        if (rule.kind !== 'o') continue;
        if (rule.all_day) {
          expect(vevent.start.dateOnly).toBe(true);
          expect(dayOf(vevent.start)).toBe(dayOf(rule.dt_start as Date));
          // DTEND is exclusive: the day after the last day.
          expect(dayOf(vevent.end!)).toBe(dayOf(new Date((rule.dt_end as Date).getTime() + DAY)));
        } else {
          expect([seconds(vevent.start), seconds(vevent.end)]).toEqual([seconds(rule.dt_start), seconds(rule.dt_end)]);
        }
      }
    });

    it('round-trips every recurring rule of every calendar: frequency, interval, until, length and the occurrences', async () => {
      const FREQUENCIES = ['YEARLY', 'MONTHLY', 'WEEKLY', 'DAILY'];
      const calendars = (await query('SELECT slug FROM calendars ORDER BY id')).map((c) => c.slug as string);
      let checked = 0;
      for (const calendar of calendars) {
        const { byUid } = await readIcs(calendar);
        for (const { uid, rule } of await expectedSchedules(calendar)) {
          if (rule.kind !== 'r') continue;
          const vevent = byUid.get(uid)!;
          const options = vevent.rrule!.options;
          expect([options.freq, options.interval]).toEqual([FREQUENCIES[rule.frequency as number], rule.interval]);
          const occurrences = vevent.rrule!.all().map((d) => (rule.all_day ? dayOf(d) : seconds(d)));
          const expected = expand(rule).map((d) => (rule.all_day ? dayOf(d) : seconds(d)));
          expect(occurrences).toEqual(expected);
          if (rule.all_day) {
            expect(vevent.start.dateOnly).toBe(true);
            expect(dayOf(vevent.start)).toBe(dayOf(rule.begin as Date));
            expect(dayOf(vevent.end!)).toBe(dayOf(new Date((rule.begin as Date).getTime() + DAY)));
          } else {
            expect(seconds(options.until)).toBe(seconds(rule.finish));
            expect(seconds(vevent.end ?? vevent.start) - seconds(vevent.start)).toBe((rule.duration_minutes as number) * 60);
          }
          checked++;
        }
      }
      // This calendar's three, and the demo's monthly and fortnightly meetings.
      expect(checked).toBeGreaterThanOrEqual(5);
    });

    it('raises SEQUENCE and LAST-MODIFIED when the event or a rule is saved, and changes the ETag', async () => {
      const sequenceOf = async (uid: string) => {
        const x = (await expectedSchedules()).find((s) => s.uid === uid)!;
        return (x.event.row_version as number) + (x.rule.row_version as number) - 1;
      };
      const fortnightly = `event-${ids.series}-rule-${ids.fortnightly}@${HOST}`;
      const monthly = `event-${ids.series}-rule-${ids.monthly}@${HOST}`;
      const before = await readIcs();
      expect(before.byUid.get(fortnightly)!.sequence).toBe(await sequenceOf(fortnightly));

      await update('events', ids.series, { title: 'Meetup series (renamed)' });
      const renamed = await readIcs();
      expect(renamed.etag).not.toBe(before.etag);
      for (const uid of [fortnightly, monthly]) {
        expect(renamed.byUid.get(uid)!.sequence).toBe(before.byUid.get(uid)!.sequence! + 1);
        expect(renamed.byUid.get(uid)!.summary).toBe('Meetup series (renamed)');
      }
      const [event] = await query('SELECT updated FROM events WHERE id = $1', [ids.series]);
      expect(seconds(renamed.byUid.get(fortnightly)!.lastmodified)).toBe(seconds(event.updated));
      // DTSTAMP too: without METHOD it is the last revision, not the time of the request.
      expect(seconds(renamed.byUid.get(fortnightly)!.dtstamp)).toBe(seconds(event.updated));

      await update('recurring-rules', ids.fortnightly, { interval: 3 });
      const moved = await readIcs();
      expect(moved.etag).not.toBe(renamed.etag);
      expect(moved.byUid.get(fortnightly)!.sequence).toBe(renamed.byUid.get(fortnightly)!.sequence! + 1);
      expect(moved.byUid.get(fortnightly)!.rrule!.options.interval).toBe(3);
      expect(moved.byUid.get(monthly)!.sequence).toBe(renamed.byUid.get(monthly)!.sequence);
      expect(moved.byUid.get(fortnightly)!.sequence).toBe(await sequenceOf(fortnightly));
    });

    it('renaming the venue changes LOCATION and the ETag; a 304 until then', async () => {
      const before = await readIcs();
      await expectNotModified(`/events/calendars/${slug}.ics`, before.etag);
      await update('event-locations', ids.venue, { name: 'Hall B' });
      const res = await get(`/events/calendars/${slug}.ics`).set('If-None-Match', before.etag).expect(200);
      expect(res.headers.etag).not.toBe(before.etag);
      const after = await readIcs();
      expect(after.byUid.get(`event-${ids.oneOff}@${HOST}`)!.location).toBe('Hall B\nMain St 1, Springfield');
      await expectNotModified(`/events/calendars/${slug}.ics`, after.etag);
    });

    it('names the calendar, its events and venues in Surrogate-Key', async () => {
      const { res } = await readIcs();
      const events = await query('SELECT id FROM events WHERE calendar_id = $1 ORDER BY id', [calendarId]);
      expect((res.headers['surrogate-key'] as string).split(' ')).toEqual([
        `calendar-${slug}`,
        ...events.map((e) => `event-${e.id}`),
        `venue-${ids.venue}`,
      ]);
    });

    it('answers an unknown calendar with a 404 in JSON', async () => {
      for (const path of ['/events/calendars/no-such-calendar.ics', '/events/calendars/not%20a%20slug.ics']) {
        const res = await get(path).expect(404);
        expect(res.body).toEqual({ detail: expect.stringContaining('No calendar') });
        await head(path).expect(404);
      }
    });
  });
});

/**
 * The occurrences of a recurring rule as python.org's dateutil rrule(freq, interval, dtstart=begin,
 * until=finish) gives them, computed here on their own: a month or year lacking begin's day is skipped.
 */
function expand(rule: Row): Date[] {
  const begin = rule.begin as Date;
  const finish = rule.finish as Date;
  const [y, m, d] = [begin.getUTCFullYear(), begin.getUTCMonth(), begin.getUTCDate()];
  const time = [begin.getUTCHours(), begin.getUTCMinutes(), begin.getUTCSeconds()] as const;
  const nth: Record<number, (n: number) => Date> = {
    0: (n) => new Date(Date.UTC(y + n, m, d, ...time)),
    1: (n) => new Date(Date.UTC(y, m + n, d, ...time)),
    2: (n) => new Date(begin.getTime() + n * 7 * DAY),
    3: (n) => new Date(begin.getTime() + n * DAY),
  };
  const byCalendar = rule.frequency === 0 || rule.frequency === 1;
  const out: Date[] = [];
  for (let k = 0; k < 10_000; k++) {
    const next = nth[rule.frequency as number](k * (rule.interval as number));
    if (next > finish) break;
    // Date.UTC rolls 31 April over into May: that month has no occurrence.
    if (!byCalendar || next.getUTCDate() === d) out.push(next);
  }
  return out;
}
