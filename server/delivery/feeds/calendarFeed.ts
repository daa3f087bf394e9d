import ical, { escape, type ICalEventData, type ICalLocation } from 'ical-generator';
import type { Sql } from '../../db/sql.js';
import { SLUG_PATTERN } from '../../domain/rules.js';
import { HttpError } from '../../http/errors.js';
import type { Answer, Cacheable } from '../route.js';
import { CALENDAR_ANSWER, CALENDAR_TAG, type CalendarAnswerRow, type EventRow, type VenueRow } from './calendarSql.js';
import type { Site } from './feedRoute.js';
import { withoutControls } from './feedText.js';
import { occurrenceTiming, recurrenceTiming, type Timing } from './icsSchedule.js';

const CALENDAR_TYPE = 'text/calendar; charset=utf-8';
const SLUG = new RegExp(SLUG_PATTERN);

/** The event's page on python.org. */
const eventUrl = (site: Site, slug: string, eventId: number) => `${site.origin}/events/${slug}/${eventId}/`;

interface Schedule {
  uid: string;
  rule: { row_version: number; updated: string };
  timing: Timing;
}

/**
 * The VEVENTs of an event: one per rule, since each rule has its own start, length and repetition
 * and RFC 5545 gives a VEVENT one RRULE. The one-off occurrence (at most one per event) takes the
 * event's own UID, each recurring rule a UID naming it too, so adding or removing one rule leaves
 * the others' UIDs alone. An event without any rule has no time yet and is left out.
 */
function schedulesOf(event: EventRow, host: string): Schedule[] {
  const schedules: Schedule[] = [];
  if (event.occurring)
    schedules.push({ uid: `event-${event.id}@${host}`, rule: event.occurring, timing: occurrenceTiming(event.occurring) });
  for (const rule of event.recurring)
    schedules.push({ uid: `event-${event.id}-rule-${rule.id}@${host}`, rule, timing: recurrenceTiming(rule) });
  return schedules;
}

/** LOCATION: the venue's name, then its address on the next line. */
function locationOf(venue: VenueRow | null): ICalLocation | null {
  const name = withoutControls(venue?.name ?? '').trim();
  const address = withoutControls(venue?.address ?? '').trim();
  if (!name && !address) return null;
  return name ? { title: name, address: address || undefined } : { title: address };
}

const latest = (...times: (string | undefined)[]) => new Date(Math.max(...times.map((t) => (t ? Date.parse(t) : 0))));

function icsOf(calendar: NonNullable<CalendarAnswerRow['calendar']>, events: EventRow[], slug: string, site: Site): string {
  // ical-generator writes the calendar's name and description as they are: escaped here as TEXT.
  const text = (value: string) => escape(withoutControls(value), false);
  const ics = ical({
    name: text(calendar.name),
    description: calendar.description ? text(calendar.description) : null,
    prodId: { company: 'Python Software Foundation', product: 'python.org events' },
    url: `${site.origin}/events/${slug}/`,
    source: `${site.origin}/events/calendars/${slug}.ics`,
  });
  for (const event of events) {
    for (const { uid, rule, timing } of schedulesOf(event, site.host)) {
      const modified = latest(event.updated, rule.updated, event.venue?.updated);
      const vevent: ICalEventData = {
        id: uid,
        // Each save of the event or of this rule bumps one of the two versions, so the sum rises with every revision.
        sequence: event.row_version + rule.row_version - 1,
        // Without METHOD, DTSTAMP is when the information was last revised (RFC 5545 §3.8.7.2), not the time of the request: one tag, one body.
        stamp: modified,
        lastModified: modified,
        created: new Date(event.created),
        ...timing,
        summary: withoutControls(event.title),
        description: withoutControls(event.description) || null,
        location: locationOf(event.venue),
        url: eventUrl(site, slug, event.id),
      };
      ics.createEvent(vevent);
    }
  }
  return ics.toString();
}

/** /events/calendars/<slug>.ics: every published event of the calendar. */
export function calendarFeed(sql: Sql, slug: string, site: Site): Cacheable {
  const missing = () => new HttpError(404, `No calendar "${slug}".`);
  // A slug no calendar can have is not looked up.
  const known = SLUG.test(slug) && slug.length <= 200;
  return {
    async tag() {
      if (!known) return undefined;
      return (await sql.query<{ tag: string | null }>(CALENDAR_TAG, [slug]))[0].tag ?? undefined;
    },
    async answer(): Promise<Answer> {
      if (!known) throw missing();
      const [{ tag, calendar, events }] = await sql.query<CalendarAnswerRow>(CALENDAR_ANSWER, [slug]);
      if (!calendar || !tag) throw missing();
      const venues = new Set(events.flatMap((event) => (event.venue ? [event.venue.id] : [])));
      return {
        tag,
        body: icsOf(calendar, events, slug, site),
        contentType: CALENDAR_TYPE,
        keys: [`calendar-${slug}`, ...events.map((event) => `event-${event.id}`), ...[...venues].map((id) => `venue-${id}`)],
      };
    },
  };
}
