import { DAILY, MONTHLY, WEEKLY, YEARLY } from '../../domain/recurrence.js';

/*
 * When a feed's event happens, in the admin's terms (server/domain/recurrence.ts): one occurring
 * rule, or recurring rules of (begin, finish, interval, frequency). A feed's recurrence (RRULE, with
 * EXDATE taking dates out, RDATE and moved instances adding some) is first expanded into its
 * occurrences; then each run of occurrences one step apart becomes a recurring rule: a weekly meetup
 * with one week skipped is two rules, a rule on Mondays and Wednesdays one rule per weekday.
 */

export interface Occurrence {
  start: Date;
  /** All day: the last day (inclusive); otherwise the end instant. */
  end: Date;
  allDay: boolean;
}

export interface OccurringRuleValues {
  dt_start: Date;
  dt_end: Date;
  all_day: boolean;
}

export interface RecurringRuleValues {
  begin: Date;
  finish: Date;
  duration_minutes: number;
  interval: number;
  frequency: number;
  all_day: boolean;
}

export interface Schedule {
  occurring: OccurringRuleValues | null;
  recurring: RecurringRuleValues[];
}

export const FREQUENCIES: Record<string, number> = { YEARLY, MONTHLY, WEEKLY, DAILY };

/** `date` moved on by `interval` units of `frequency`, in UTC; undefined when the day does not exist (31 April). */
export function step(date: Date, frequency: number, interval: number): Date | undefined {
  const next = new Date(date);
  if (frequency === DAILY) next.setUTCDate(next.getUTCDate() + interval);
  else if (frequency === WEEKLY) next.setUTCDate(next.getUTCDate() + 7 * interval);
  else if (frequency === MONTHLY) next.setUTCMonth(next.getUTCMonth() + interval);
  else next.setUTCFullYear(next.getUTCFullYear() + interval);
  return next.getUTCDate() === date.getUTCDate() || frequency === DAILY || frequency === WEEKLY ? next : undefined;
}

const minutes = (o: Occurrence) => (o.allDay ? 1440 : Math.max(0, Math.round((o.end.getTime() - o.start.getTime()) / 60_000)));

/** One occurrence: an occurring rule. Several: recurring rules, one per run a step apart of the same length. */
export function scheduleOf(occurrences: readonly Occurrence[], rule?: { frequency: number; interval: number }): Schedule {
  const sorted = [...occurrences].sort((a, b) => a.start.getTime() - b.start.getTime());
  if (sorted.length === 0) return { occurring: null, recurring: [] };
  if (sorted.length === 1 && !rule) {
    const [only] = sorted;
    return { occurring: { dt_start: only.start, dt_end: only.end, all_day: only.allDay }, recurring: [] };
  }
  const frequency = rule?.frequency ?? DAILY;
  const interval = rule?.interval ?? 1;
  const byStart = new Map(sorted.map((o) => [o.start.getTime(), o]));
  const used = new Set<number>();
  const recurring: RecurringRuleValues[] = [];
  for (const first of sorted) {
    if (used.has(first.start.getTime())) continue;
    used.add(first.start.getTime());
    let last = first;
    for (;;) {
      const next = step(last.start, frequency, interval);
      const found = next && byStart.get(next.getTime());
      if (!found || used.has(found.start.getTime()) || minutes(found) !== minutes(first) || found.allDay !== first.allDay) break;
      used.add(found.start.getTime());
      last = found;
    }
    recurring.push({
      begin: first.start,
      finish: last.start,
      duration_minutes: minutes(first),
      interval,
      frequency,
      all_day: first.allDay,
    });
  }
  return { occurring: null, recurring };
}
