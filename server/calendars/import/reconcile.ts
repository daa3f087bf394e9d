import type { Registry } from '../../crud/registry.js';
import { emptyFeedReport, type CalendarImportReport } from '../../domain/feedImportReport.js';
import type { Row, WriteTx } from '../../crud/types.js';
import { writeRecord } from '../../crud/write/pipeline.js';
import { HttpError } from '../../http/errors.js';
import type { FeedEvent, ParsedFeed } from './parseFeed.js';
import type { Schedule } from './schedule.js';

/** A calendar report with nothing done yet. */
export const emptyReport = (status: CalendarImportReport['status'], message?: string): CalendarImportReport => ({
  ...emptyFeedReport(status, message),
  removed: 0,
  kept_staff_edits: [],
});

interface Existing {
  id: number;
  uid: string;
  title: string;
  description: string;
  venue_id: number | null;
  category_ids: number[];
  is_published: boolean;
  removed_at_source: string | null;
  source_fields: Record<string, unknown>;
  row_version: number;
  dates: string;
}

const iso = (d: Date | string) => new Date(d).toISOString();

/** The rules of a schedule in one comparable form (what `source_fields.dates` keeps). */
export function datesKey(schedule: Schedule): string {
  const occurring = schedule.occurring && [iso(schedule.occurring.dt_start), iso(schedule.occurring.dt_end), schedule.occurring.all_day];
  const recurring = schedule.recurring
    .map((r) => [iso(r.begin), iso(r.finish), r.duration_minutes, r.interval, r.frequency, r.all_day])
    .sort((a, b) => String(a[0]).localeCompare(String(b[0])));
  return JSON.stringify({ occurring, recurring });
}

// The imported events of the calendar, with their rules in the same comparable form.
const EXISTING = `
  SELECT e.id, e.uid, e.title, e.description, e.venue_id, e.is_published, e.removed_at_source, e.source_fields, e.row_version,
         coalesce((SELECT array_agg(a.category_id ORDER BY a.category_id) FROM event_category_associations a WHERE a.event_id = e.id), '{}') AS category_ids,
         json_build_object(
           'occurring', (SELECT json_build_array(to_char(o.dt_start AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'),
                                                 to_char(o.dt_end AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'), o.all_day)
                           FROM occurring_rules o WHERE o.event_id = e.id),
           'recurring', coalesce((SELECT json_agg(json_build_array(to_char(r.begin AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'),
                                                 to_char(r.finish AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'),
                                                 r.duration_minutes, r.interval, r.frequency, r.all_day) ORDER BY r.begin)
                                   FROM recurring_rules r WHERE r.event_id = e.id), '[]'))::text AS dates
    FROM events e WHERE e.calendar_id = $1 AND e.uid IS NOT NULL
   FOR UPDATE OF e`;

const same = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);

/**
 * Makes the calendar's events match the feed, in the caller's transaction, every write through the
 * pipeline (checked, audited as the system, announced to webhooks):
 *   - matched on UID within the calendar; new ones created, changed ones updated;
 *   - a field staff changed since the last import (it differs from what that import set) is kept;
 *   - cancelled events are unpublished; events gone from the feed are unpublished and marked
 *     removed at source, never deleted;
 *   - each event in a savepoint of its own: one that fails is reported, the others go on.
 */
export async function reconcile(tx: WriteTx, registry: Registry, calendarId: number, feed: ParsedFeed): Promise<CalendarImportReport> {
  const report = emptyReport('imported');
  report.errors.push(...feed.errors);
  report.skipped = feed.errors.length;
  const model = (name: string) => registry.byName.get(name)!.model;
  const write = (name: string, operation: 'create' | 'update' | 'delete', input: Row, id?: number) =>
    writeRecord(tx, model(name), { operation, actor: null, id, input });
  const existing = new Map((await tx.sql.query<Existing>(EXISTING, [calendarId])).map((e) => [e.uid, e]));

  const venueOf = async (name: string | null): Promise<number | null> => {
    if (!name) return null;
    const [found] = await tx.sql.query<{ id: number }>(
      `SELECT id FROM event_locations WHERE calendar_id = $1 AND lower(name) = lower($2) ORDER BY id LIMIT 1`,
      [calendarId, name],
    );
    return found?.id ?? ((await write('event-locations', 'create', { name, calendar_id: calendarId })).id as number);
  };
  const categoriesOf = async (names: string[]): Promise<number[]> => {
    const ids: number[] = [];
    for (const name of names) {
      const [found] = await tx.sql.query<{ id: number }>(
        `SELECT id FROM event_categories WHERE (calendar_id = $1 OR calendar_id IS NULL) AND lower(name) = lower($2) ORDER BY calendar_id NULLS LAST, id LIMIT 1`,
        [calendarId, name],
      );
      const slug = `${
        name
          .toLowerCase()
          .replace(/[^a-z0-9]+/g, '-')
          .replace(/^-|-$/g, '') || 'category'
      }-${calendarId}`;
      ids.push(found?.id ?? ((await write('event-categories', 'create', { name, slug, calendar_id: calendarId })).id as number));
    }
    return [...new Set(ids)].sort((a, b) => a - b);
  };
  const replaceRules = async (eventId: number, schedule: Schedule) => {
    for (const { id } of await tx.sql.query<{ id: number }>(`SELECT id FROM occurring_rules WHERE event_id = $1`, [eventId])) {
      await write('occurring-rules', 'delete', {}, id);
    }
    for (const { id } of await tx.sql.query<{ id: number }>(`SELECT id FROM recurring_rules WHERE event_id = $1`, [eventId])) {
      await write('recurring-rules', 'delete', {}, id);
    }
    if (schedule.occurring) await write('occurring-rules', 'create', { event_id: eventId, ...schedule.occurring });
    for (const rule of schedule.recurring) await write('recurring-rules', 'create', { event_id: eventId, ...rule });
  };
  const keepSource = (id: number, source: Record<string, unknown>, removed: boolean) =>
    tx.sql.query(
      `UPDATE events SET source_fields = $2, removed_at_source = CASE WHEN $3 THEN coalesce(removed_at_source, now()) END WHERE id = $1`,
      [id, JSON.stringify(source), removed],
    );

  for (const item of feed.events) {
    try {
      await tx.savepoint(async () => {
        const wanted = await desired(item, venueOf, categoriesOf);
        const current = existing.get(item.uid);
        if (!current) {
          const created = await write('events', 'create', {
            uid: item.uid,
            calendar_id: calendarId,
            title: wanted.title,
            description: wanted.description,
            description_markup_type: 'html',
            venue_id: wanted.venue_id,
            category_ids: wanted.category_ids,
            is_published: wanted.is_published,
          });
          await replaceRules(created.id as number, item.schedule);
          await keepSource(created.id as number, wanted, false);
          report.created++;
          return;
        }
        const source = current.source_fields ?? {};
        // The rules as PostgreSQL wrote them, in datesKey's form (JSON.stringify drops json_build_object's spaces).
        const now: Record<string, unknown> = { ...current, dates: JSON.stringify(JSON.parse(current.dates)) };
        const changes: Row = {};
        const kept: string[] = [];
        const next: Record<string, unknown> = { ...source };
        for (const field of ['title', 'description', 'venue_id', 'category_ids', 'is_published', 'dates'] as const) {
          // Staff changed it since the last import: theirs stays, and the feed's value is not taken.
          if (field in source && !same(now[field], source[field])) {
            if (!same(source[field], wanted[field])) kept.push(field);
            continue;
          }
          next[field] = wanted[field];
          if (same(now[field], wanted[field])) continue;
          if (field === 'dates') await replaceRules(current.id, item.schedule);
          else changes[field] = wanted[field];
        }
        const reappeared = current.removed_at_source !== null;
        if (Object.keys(changes).length) {
          if ('description' in changes) changes.description_markup_type = 'html';
          await write('events', 'update', { ...changes }, current.id);
        }
        await keepSource(current.id, next, false);
        if (kept.length) report.kept_staff_edits.push({ uid: item.uid, title: current.title, fields: kept });
        if (Object.keys(changes).length || !same(now.dates, next.dates) || reappeared) report.updated++;
        else report.unchanged++;
      });
    } catch (error) {
      if (!(error instanceof HttpError)) throw error;
      report.skipped++;
      report.errors.push({ uid: item.uid, title: item.title, message: [error.message, ...Object.values(error.errors ?? {})].join(' ') });
    }
    existing.delete(item.uid);
  }

  // Gone from the feed: unpublished and marked, never deleted (staff may have added to it).
  for (const gone of existing.values()) {
    if (gone.removed_at_source !== null) continue;
    if (gone.is_published) await write('events', 'update', { is_published: false }, gone.id);
    await keepSource(gone.id, { ...gone.source_fields, is_published: false }, true);
    report.removed++;
  }
  return report;
}

/** The values the feed asks for, in the events table's terms. */
async function desired(
  item: FeedEvent,
  venueOf: (name: string | null) => Promise<number | null>,
  categoriesOf: (names: string[]) => Promise<number[]>,
): Promise<Record<'title' | 'description' | 'venue_id' | 'category_ids' | 'is_published' | 'dates', unknown>> {
  return {
    title: item.title,
    description: item.description,
    venue_id: await venueOf(item.location),
    category_ids: await categoriesOf(item.categories),
    is_published: !item.cancelled,
    dates: datesKey(item.schedule),
  };
}
