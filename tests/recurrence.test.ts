import { describe, expect, it } from 'vitest';
import { RECURRENCE_FREQUENCIES } from '../server/domain/enums.js';
import {
  DAILY,
  describeDuration,
  describeOccurrence,
  describeRecurrence,
  MONTHLY,
  ordinal,
  WEEKLY,
  YEARLY,
} from '../server/domain/recurrence.js';

// Tuesday 5 January 2027, 18:00 UTC.
const begin = '2027-01-05T18:00:00.000Z';
const finish = '2027-06-01T19:30:00.000Z';
const rule = (frequency: number, more: Record<string, unknown> = {}) =>
  describeRecurrence({ frequency, interval: 1, begin, finish, duration_minutes: 90, all_day: false, ...more });

describe('recurrence frequencies', () => {
  it('uses the dateutil constants the database stores', () => {
    const label = (id: number) => RECURRENCE_FREQUENCIES.find((c) => c.id === id)?.name;
    expect([label(YEARLY), label(MONTHLY), label(WEEKLY), label(DAILY)]).toEqual(['year(s)', 'month(s)', 'week(s)', 'day(s)']);
  });
});

describe('describeRecurrence', () => {
  it('names the weekday of a weekly rule, its time in UTC, its length and its dates', () => {
    expect(rule(WEEKLY)).toBe('Every week on Tuesday at 18:00 UTC for 90 minutes, from 2027-01-05 until 2027-06-01');
  });

  it('says every 2nd, 3rd, 4th... period for intervals above one', () => {
    expect(rule(WEEKLY, { interval: 2 })).toMatch(/^Every 2nd week on Tuesday /);
    expect(rule(DAILY, { interval: 3 })).toMatch(/^Every 3rd day at 18:00 UTC/);
    expect(rule(MONTHLY, { interval: 4 })).toMatch(/^Every 4th month on day 5 /);
    expect(rule(YEARLY, { interval: 11 })).toMatch(/^Every 11th year on 5 January /);
  });

  it('gives a monthly rule its day of the month, warning when some months lack it', () => {
    expect(rule(MONTHLY, { begin: '2027-01-14T18:00:00Z' })).toBe(
      'Every month on day 14 at 18:00 UTC for 90 minutes, from 2027-01-14 until 2027-06-01',
    );
    expect(rule(MONTHLY, { begin: '2027-01-31T18:00:00Z' })).toMatch(/^Every month on day 31 \(skipped in months without one\) at/);
  });

  it('gives a daily rule no day at all', () => {
    expect(rule(DAILY)).toBe('Every day at 18:00 UTC for 90 minutes, from 2027-01-05 until 2027-06-01');
  });

  it('gives a yearly rule its day and month, and a 29 February rule its leap years', () => {
    expect(rule(YEARLY, { begin: '2027-03-05T09:30:00Z', finish: '2035-03-06T00:00:00Z', duration_minutes: 480 })).toBe(
      'Every year on 5 March at 09:30 UTC for 8 hours, from 2027-03-05 until 2035-03-06',
    );
    expect(rule(YEARLY, { begin: '2028-02-29T09:30:00Z' })).toMatch(/^Every year on 29 February \(leap years only\) at/);
  });

  it('reads times in UTC whatever the clock of the machine says', () => {
    // 23:30 UTC on a Sunday is already Monday east of Greenwich: the summary must stay on Sunday.
    expect(rule(WEEKLY, { begin: '2027-01-03T23:30:00Z' })).toMatch(/^Every week on Sunday at 23:30 UTC/);
  });

  it('replaces the time and length of an all-day rule with "all day"', () => {
    expect(rule(WEEKLY, { all_day: true })).toBe('Every week on Tuesday, all day, from 2027-01-05 until 2027-06-01');
    expect(rule(DAILY, { interval: 2, all_day: true })).toBe('Every 2nd day, all day, from 2027-01-05 until 2027-06-01');
  });

  it('writes lengths in whole days or hours when they fit, and leaves out a zero length', () => {
    expect(rule(DAILY, { duration_minutes: 120 })).toContain(' for 2 hours,');
    expect(rule(DAILY, { duration_minutes: 60 })).toContain(' for 1 hour,');
    expect(rule(DAILY, { duration_minutes: 2880 })).toContain(' for 2 days,');
    expect(rule(DAILY, { duration_minutes: 0 })).toBe('Every day at 18:00 UTC, from 2027-01-05 until 2027-06-01');
    expect(describeDuration(1)).toBe('1 minute');
  });

  it('describes what is known while the form is half filled', () => {
    expect(describeRecurrence({ frequency: WEEKLY, interval: 2 })).toBe('Every 2nd week');
    expect(describeRecurrence({ frequency: WEEKLY, begin, finish: '' })).toBe('Every week on Tuesday at 18:00 UTC, from 2027-01-05');
    expect(describeRecurrence({ frequency: MONTHLY, begin: 'not a date', finish })).toBe('Every month, until 2027-06-01');
    expect(describeRecurrence({ frequency: null })).toBe('');
    expect(describeRecurrence({ frequency: 9 })).toBe('');
  });

  it('says so when the finish is before the beginning (the server refuses it)', () => {
    expect(rule(WEEKLY, { finish: '2026-12-01T00:00:00Z' })).toMatch(/\(finishes before it begins\)$/);
  });

  it('accepts Date objects as well as ISO strings', () => {
    expect(
      describeRecurrence({ frequency: WEEKLY, interval: 1, begin: new Date(begin), finish: new Date(finish), duration_minutes: 90 }),
    ).toBe(rule(WEEKLY));
  });
});

describe('ordinal', () => {
  it('follows English suffixes, including the teens', () => {
    expect([1, 2, 3, 4, 11, 12, 13, 21, 22, 23, 101, 111, 112].map(ordinal)).toEqual([
      '1st',
      '2nd',
      '3rd',
      '4th',
      '11th',
      '12th',
      '13th',
      '21st',
      '22nd',
      '23rd',
      '101st',
      '111th',
      '112th',
    ]);
  });
});

describe('describeOccurrence', () => {
  it('writes a same-day occurrence as one date and a time range in UTC', () => {
    expect(describeOccurrence({ dt_start: '2027-06-03T18:00:00Z', dt_end: '2027-06-03T20:00:00Z', all_day: false })).toBe(
      'Thu 3 Jun 2027, 18:00–20:00 UTC',
    );
  });

  it('writes both dates of an occurrence spanning days', () => {
    expect(describeOccurrence({ dt_start: '2027-06-01T09:00:00Z', dt_end: '2027-06-03T17:00:00Z', all_day: false })).toBe(
      'Tue 1 Jun 2027 09:00 – Thu 3 Jun 2027 17:00 UTC',
    );
  });

  it('writes "all day" instead of times', () => {
    expect(describeOccurrence({ dt_start: '2027-06-01T00:00:00Z', dt_end: '2027-06-01T00:00:00Z', all_day: true })).toBe(
      'Tue 1 Jun 2027, all day',
    );
    expect(describeOccurrence({ dt_start: '2027-06-01T00:00:00Z', dt_end: '2027-06-03T00:00:00Z', all_day: true })).toBe(
      'Tue 1 Jun 2027 – Thu 3 Jun 2027, all day',
    );
  });

  it('writes a single time when start and end are the same, or the end is missing', () => {
    expect(describeOccurrence({ dt_start: '2027-06-03T18:00:00Z', dt_end: '2027-06-03T18:00:00Z' })).toBe('Thu 3 Jun 2027, 18:00 UTC');
    expect(describeOccurrence({ dt_start: '2027-06-03T18:00:00Z' })).toBe('Thu 3 Jun 2027, 18:00 UTC');
  });

  it('says so when the end is before the start, and nothing without a start', () => {
    expect(describeOccurrence({ dt_start: '2027-06-03T18:00:00Z', dt_end: '2027-06-03T17:00:00Z' })).toBe(
      'Thu 3 Jun 2027, 18:00–17:00 UTC (ends before it starts)',
    );
    expect(describeOccurrence({ dt_start: '', dt_end: '2027-06-03T17:00:00Z' })).toBe('');
  });
});
