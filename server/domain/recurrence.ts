/**
 * Plain-English summaries of when an event happens, for the admin's "When" section and anything
 * else that shows a rule to a person. Everything is in UTC because the API stores and returns UTC,
 * and editors in different time zones must read the same sentence.
 * No dependencies (not even Intl) so the admin bundle and the server agree byte for byte.
 */

/** dateutil's rrule constants, the values of RECURRING_RULES.frequency (see RECURRENCE_FREQUENCIES). */
export const YEARLY = 0;
export const MONTHLY = 1;
export const WEEKLY = 2;
export const DAILY = 3;

type Instant = Date | string | null | undefined;

export interface RecurrenceInput {
  frequency: number | null | undefined;
  interval?: number | null;
  begin?: Instant;
  finish?: Instant;
  duration_minutes?: number | null;
  all_day?: boolean | null;
}

export interface OccurrenceInput {
  dt_start?: Instant;
  dt_end?: Instant;
  all_day?: boolean | null;
}

const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const UNITS: Record<number, string> = { [YEARLY]: 'year', [MONTHLY]: 'month', [WEEKLY]: 'week', [DAILY]: 'day' };

/** A valid instant, or undefined for empty and unparseable input (the form may be half typed). */
function toDate(value: Instant): Date | undefined {
  if (value === null || value === undefined || value === '') return undefined;
  const date = value instanceof Date ? value : new Date(value);
  return Number.isNaN(date.getTime()) ? undefined : date;
}

const pad = (n: number) => String(n).padStart(2, '0');

/** 1 → "1st", 2 → "2nd", 11 → "11th", 22 → "22nd". */
export function ordinal(n: number): string {
  const tens = n % 100;
  if (tens >= 11 && tens <= 13) return `${n}th`;
  const suffix = ({ 1: 'st', 2: 'nd', 3: 'rd' } as Record<number, string>)[n % 10] ?? 'th';
  return `${n}${suffix}`;
}

/** "2027-06-01": the form editors type dates in. */
export const isoDay = (d: Date) => `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
/** "18:00" */
export const clock = (d: Date) => `${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}`;
/** "Tue 3 Jun 2027" */
export const shortDay = (d: Date) =>
  `${WEEKDAYS[d.getUTCDay()].slice(0, 3)} ${d.getUTCDate()} ${MONTHS[d.getUTCMonth()].slice(0, 3)} ${d.getUTCFullYear()}`;

const plural = (n: number, unit: string) => `${n} ${unit}${n === 1 ? '' : 's'}`;

/** 90 → "90 minutes", 120 → "2 hours", 2880 → "2 days": whole units when they fit, minutes otherwise. */
export function describeDuration(minutes: number): string {
  if (minutes > 0 && minutes % 1440 === 0) return plural(minutes / 1440, 'day');
  if (minutes > 0 && minutes % 60 === 0) return plural(minutes / 60, 'hour');
  return plural(minutes, 'minute');
}

/** " on Tuesday", " on day 14", " on 5 March": which day of the period, taken from `begin` as rrule does. */
function onWhichDay(frequency: number, begin: Date): string {
  const day = begin.getUTCDate();
  switch (frequency) {
    case WEEKLY:
      return ` on ${WEEKDAYS[begin.getUTCDay()]}`;
    case MONTHLY:
      // rrule skips months without that day rather than moving to the month's last day.
      return ` on day ${day}${day > 28 ? ' (skipped in months without one)' : ''}`;
    case YEARLY: {
      const leapDay = begin.getUTCMonth() === 1 && day === 29;
      return ` on ${day} ${MONTHS[begin.getUTCMonth()]}${leapDay ? ' (leap years only)' : ''}`;
    }
    default:
      return '';
  }
}

/**
 * "Every 2nd week on Tuesday at 18:00 UTC for 90 minutes, from 2027-01-05 until 2027-06-01".
 * Parts that cannot be known yet (no begin date typed) are left out rather than guessed.
 */
export function describeRecurrence(rule: RecurrenceInput): string {
  // Not Number(frequency): Number(null) and Number('') are 0, which would read as YEARLY.
  const unit = typeof rule.frequency === 'number' ? UNITS[rule.frequency] : undefined;
  if (unit === undefined) return '';
  const interval = Number(rule.interval ?? 1);
  const every = Number.isInteger(interval) && interval > 1 ? `Every ${ordinal(interval)} ${unit}` : `Every ${unit}`;
  const begin = toDate(rule.begin);
  const finish = toDate(rule.finish);
  const minutes = Number(rule.duration_minutes ?? 0);
  let text = every;
  if (begin) text += onWhichDay(rule.frequency as number, begin);
  if (rule.all_day) text += ', all day';
  else {
    if (begin) text += ` at ${clock(begin)} UTC`;
    if (Number.isFinite(minutes) && minutes > 0) text += ` for ${describeDuration(minutes)}`;
  }
  if (begin && finish) text += `, from ${isoDay(begin)} until ${isoDay(finish)}`;
  else if (begin) text += `, from ${isoDay(begin)}`;
  else if (finish) text += `, until ${isoDay(finish)}`;
  if (begin && finish && finish < begin) text += ' (finishes before it begins)';
  return text;
}

/**
 * "Tue 3 Jun 2027, 18:00–20:00 UTC", "Tue 3 Jun 2027, all day",
 * "Tue 3 Jun 2027 09:00 – Thu 5 Jun 2027 17:00 UTC". Empty while there is no start.
 */
export function describeOccurrence(occurrence: OccurrenceInput): string {
  const start = toDate(occurrence.dt_start);
  if (!start) return '';
  const end = toDate(occurrence.dt_end) ?? start;
  const sameDay = isoDay(start) === isoDay(end);
  let text: string;
  if (occurrence.all_day) text = sameDay ? `${shortDay(start)}, all day` : `${shortDay(start)} – ${shortDay(end)}, all day`;
  else if (!sameDay) text = `${shortDay(start)} ${clock(start)} – ${shortDay(end)} ${clock(end)} UTC`;
  else if (end.getTime() === start.getTime()) text = `${shortDay(start)}, ${clock(start)} UTC`;
  else text = `${shortDay(start)}, ${clock(start)}–${clock(end)} UTC`;
  if (end < start) text += ' (ends before it starts)';
  return text;
}
