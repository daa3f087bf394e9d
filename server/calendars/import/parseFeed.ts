import ICAL from 'ical.js';
import sanitizeHtml from 'sanitize-html';
import { FeedError } from '../../imports/fetchFeed.js';
import { FREQUENCIES, scheduleOf, type Occurrence, type Schedule } from './schedule.js';

/** One event of a feed, as the import will write it. */
export interface FeedEvent {
  uid: string;
  title: string;
  /** HTML, sanitised. */
  description: string;
  location: string | null;
  categories: string[];
  cancelled: boolean;
  schedule: Schedule;
}

export interface ParsedFeed {
  events: FeedEvent[];
  /** Events left out, and why (no UID, a frequency the admin cannot model…). */
  errors: { uid: string | null; title: string | null; message: string }[];
}

const MAX_OCCURRENCES = 1000;
const DAY_MS = 86_400_000;

/** The offset (ms) of `zone` from UTC at `instant`, from the platform's time zone data. */
function offsetOf(zone: string, instant: number): number {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone: zone,
    hourCycle: 'h23',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
  }).formatToParts(new Date(instant));
  const get = (type: string) => Number(parts.find((p) => p.type === type)?.value);
  return Date.UTC(get('year'), get('month') - 1, get('day'), get('hour'), get('minute'), get('second')) - instant;
}

/** An ICAL.Time as an instant: its zone when the feed defined it, else its TZID by name (Intl), else UTC. */
function instantOf(time: ICAL.Time): Date {
  const tzid = time.zone?.tzid;
  if (tzid && tzid !== 'floating') return time.toJSDate();
  const wall = Date.UTC(time.year, time.month - 1, time.day, time.hour, time.minute, time.second);
  const named = (time as unknown as { timezone?: string }).timezone;
  if (!named) return new Date(wall);
  try {
    // Twice: the offset at the guess may differ from the offset at the answer across a DST change.
    const first = wall - offsetOf(named, wall);
    return new Date(wall - offsetOf(named, first));
  } catch {
    return new Date(wall); // an unknown zone name: read as UTC
  }
}

const dayOf = (time: ICAL.Time) => new Date(Date.UTC(time.year, time.month - 1, time.day));

/** One occurrence from its start and (maybe missing) end; an all-day end is exclusive in iCalendar, inclusive here. */
function occurrence(start: ICAL.Time, end: ICAL.Time | null | undefined): Occurrence {
  if (start.isDate) {
    const first = dayOf(start);
    const last = end ? new Date(Math.max(first.getTime(), dayOf(end).getTime() - DAY_MS)) : first;
    return { start: first, end: last, allDay: true };
  }
  const from = instantOf(start);
  const to = end ? instantOf(end) : from;
  return { start: from, end: to < from ? from : to, allDay: false };
}

const escapeHtml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** A feed's description as safe HTML: HTML sanitised, plain text in paragraphs. */
export function descriptionHtml(text: string): string {
  const trimmed = text.trim();
  if (!trimmed) return '';
  if (/<[a-z][\s\S]*>/i.test(trimmed)) return sanitizeHtml(trimmed);
  return trimmed
    .split(/\n\s*\n/)
    .map((paragraph) => `<p>${escapeHtml(paragraph.trim()).replace(/\n/g, '<br>')}</p>`)
    .join('\n');
}

/** The feed's events, each with its schedule expanded up to `until`; what cannot be imported is listed in `errors`. */
export function parseFeed(text: string, until: Date): ParsedFeed {
  let root: ICAL.Component;
  try {
    root = new ICAL.Component(ICAL.parse(text));
  } catch (error) {
    throw new FeedError(`The feed is not iCalendar: ${(error as Error).message}`);
  }
  if (root.name !== 'vcalendar') throw new FeedError(`The feed is not iCalendar: it holds a ${root.name}, not a VCALENDAR.`);
  for (const zone of root.getAllSubcomponents('vtimezone')) ICAL.TimezoneService.register(zone);

  const masters = new Map<string, ICAL.Component>();
  const overrides = new Map<string, ICAL.Component[]>();
  const errors: ParsedFeed['errors'] = [];
  for (const vevent of root.getAllSubcomponents('vevent')) {
    const uid = String(vevent.getFirstPropertyValue('uid') ?? '').trim();
    if (!uid) {
      errors.push({
        uid: null,
        title: String(vevent.getFirstPropertyValue('summary') ?? '') || null,
        message: 'No UID: it cannot be matched again.',
      });
      continue;
    }
    if (vevent.hasProperty('recurrence-id')) overrides.set(uid, [...(overrides.get(uid) ?? []), vevent]);
    else masters.set(uid, vevent);
  }

  const events: FeedEvent[] = [];
  for (const [uid, master] of masters) {
    const title = String(master.getFirstPropertyValue('summary') ?? '').trim() || '(untitled)';
    try {
      const event = new ICAL.Event(master);
      for (const override of overrides.get(uid) ?? []) event.relateException(override);
      const dtend = master.getFirstPropertyValue('dtend') as ICAL.Time | null;
      const occurrences: Occurrence[] = [];
      let rule: { frequency: number; interval: number } | undefined;
      if (event.isRecurring()) {
        const rrule = master.getFirstPropertyValue('rrule') as ICAL.Recur | null;
        if (rrule) {
          const frequency = FREQUENCIES[rrule.freq];
          if (frequency === undefined)
            throw new Error(`A ${rrule.freq.toLowerCase()} recurrence cannot be kept: events repeat daily at most.`);
          rule = { frequency, interval: rrule.interval || 1 };
        }
        const iterator = event.iterator();
        for (let next = iterator.next(); next && occurrences.length < MAX_OCCURRENCES; next = iterator.next()) {
          const details = event.getOccurrenceDetails(next);
          if (details.startDate.toJSDate() > until) break;
          if (String(details.item.component.getFirstPropertyValue('status') ?? '').toUpperCase() === 'CANCELLED') continue;
          const hasEnd = details.item.component.hasProperty('dtend') || details.item.component.hasProperty('duration');
          occurrences.push(occurrence(details.startDate, hasEnd ? details.endDate : null));
        }
      } else {
        const hasDuration = master.hasProperty('duration');
        occurrences.push(occurrence(event.startDate, dtend ?? (hasDuration ? event.endDate : null)));
      }
      const categories = master.getAllProperties('categories').flatMap((p) => p.getValues().map((v) => String(v).trim()));
      events.push({
        uid,
        title: title.slice(0, 200),
        description: descriptionHtml(String(master.getFirstPropertyValue('description') ?? '')),
        location:
          String(master.getFirstPropertyValue('location') ?? '')
            .trim()
            .slice(0, 255) || null,
        categories: [...new Set(categories.filter(Boolean))],
        cancelled: String(master.getFirstPropertyValue('status') ?? '').toUpperCase() === 'CANCELLED',
        schedule: scheduleOf(occurrences, rule),
      });
    } catch (error) {
      errors.push({ uid, title, message: (error as Error).message });
    }
  }
  for (const [uid, list] of overrides) {
    if (!masters.has(uid))
      errors.push({ uid, title: null, message: `A moved instance (RECURRENCE-ID) of an event the feed does not have (${list.length}).` });
  }
  return { events, errors };
}
