import type { ICalEventData } from 'ical-generator';
import { DAILY, isoDay, MONTHLY, WEEKLY, YEARLY } from '../../domain/recurrence.js';
import type { OccurringRow, RecurringRow } from './calendarSql.js';

/*
 * When a VEVENT happens, from the admin's rules (server/domain/recurrence.ts reads them the same
 * way): every instant in UTC, all-day ones as DATE values of their UTC day. A recurring rule is
 * dateutil's rrule(frequency, interval, dtstart=begin, until=finish), which RFC 5545 writes as
 * FREQ, INTERVAL and UNTIL; both skip the dates a month or year lacks (31 April, 29 February).
 */

export type Timing = Pick<ICalEventData, 'start' | 'end' | 'allDay' | 'repeating'>;

const FREQ: Record<number, string> = { [YEARLY]: 'YEARLY', [MONTHLY]: 'MONTHLY', [WEEKLY]: 'WEEKLY', [DAILY]: 'DAILY' };
const DAY_MS = 86_400_000;

/** Midnight UTC of the UTC day of `instant`, `plus` days on: ical-generator writes it as that DATE. */
const utcDay = (instant: Date, plus = 0) =>
  new Date(Date.UTC(instant.getUTCFullYear(), instant.getUTCMonth(), instant.getUTCDate() + plus));
const timeOfDay = (instant: Date) => ((instant.getTime() % DAY_MS) + DAY_MS) % DAY_MS;
/** 20270105 */
const basicDate = (day: Date) => isoDay(day).replace(/-/g, '');
/** 20270105T180000Z: iCalendar has no fractions of a second. */
const basicDateTime = (instant: Date) =>
  instant
    .toISOString()
    .replace(/\.\d+Z$/, 'Z')
    .replace(/[-:]/g, '');

/** A one-off occurrence. All day, its dates are the first and the last day; DTEND is the day after (it is exclusive). */
export function occurrenceTiming(rule: OccurringRow): Timing {
  const start = new Date(rule.dt_start);
  const end = new Date(rule.dt_end);
  if (rule.all_day) return { allDay: true, start: utcDay(start), end: utcDay(end, 1) };
  // An occurrence that takes no time has no DTEND (RFC 5545 §3.6.1): DTEND must come after DTSTART.
  return { start, end: end > start ? end : null };
}

/** A recurring rule: DTSTART at begin, DTEND after duration_minutes (a whole day when all day), an RRULE to finish. */
export function recurrenceTiming(rule: RecurringRow): Timing {
  const begin = new Date(rule.begin);
  const finish = new Date(rule.finish);
  const every = `FREQ=${FREQ[rule.frequency]};INTERVAL=${rule.interval}`;
  if (rule.all_day) {
    // UNTIL takes DTSTART's type, a DATE: the last day whose occurrence (at begin's time of day) is not after finish.
    const lastDay = timeOfDay(finish) < timeOfDay(begin) ? utcDay(finish, -1) : utcDay(finish);
    return { allDay: true, start: utcDay(begin), end: utcDay(begin, 1), repeating: `${every};UNTIL=${basicDate(lastDay)}` };
  }
  const end = new Date(begin.getTime() + rule.duration_minutes * 60_000);
  return { start: begin, end: end > begin ? end : null, repeating: `${every};UNTIL=${basicDateTime(finish)}` };
}
