/*
 * The SQL of a calendar's iCalendar file; $1 is the calendar's slug. The answer is made of the
 * calendar (its name), its events, their occurring and recurring rules and their venues (LOCATION):
 * the tag is an md5 over (id, row_version) of every one of those rows, each kind prefixed so an
 * event and a rule with the same id and version differ. Renaming a venue, moving a rule, adding an
 * event or giving one another venue each changes a pair or the set. No calendar: no rows, a NULL tag.
 */

const SCOPE = `c AS (SELECT id, row_version, name, description FROM calendars WHERE slug = $1),
  e AS (SELECT ev.id, ev.row_version, ev.venue_id FROM events ev JOIN c ON ev.calendar_id = c.id WHERE ev.is_published)`;

const TAG = `(SELECT md5(string_agg(k, ',' ORDER BY k)) FROM (
    SELECT 'c' || c.id || '.' || c.row_version AS k FROM c
    UNION ALL SELECT 'e' || e.id || '.' || e.row_version FROM e
    UNION ALL SELECT 'o' || o.id || '.' || o.row_version FROM occurring_rules o JOIN e ON o.event_id = e.id
    UNION ALL SELECT 'r' || r.id || '.' || r.row_version FROM recurring_rules r JOIN e ON r.event_id = e.id
    UNION ALL SELECT 'v' || v.id || '.' || v.row_version FROM event_locations v WHERE v.id IN (SELECT venue_id FROM e)
  ) versions)`;

/** The tag alone: ids and versions through the indexes on calendar_id and event_id, no text read. */
export const CALENDAR_TAG = `WITH ${SCOPE} SELECT ${TAG} AS tag`;

/** Tag, calendar and events (each with its venue and rules, as JSON) from one statement: one snapshot. */
export const CALENDAR_ANSWER = `WITH ${SCOPE}
  SELECT ${TAG} AS tag,
    (SELECT json_build_object('name', c.name, 'description', c.description) FROM c) AS calendar,
    (SELECT coalesce(json_agg(json_build_object(
        'id', ev.id, 'row_version', ev.row_version, 'title', ev.title, 'description', ev.description,
        'created', ev.created, 'updated', ev.updated,
        'venue', (SELECT json_build_object('id', v.id, 'name', v.name, 'address', v.address, 'updated', v.updated)
          FROM event_locations v WHERE v.id = ev.venue_id),
        'occurring', (SELECT json_build_object('id', o.id, 'row_version', o.row_version, 'dt_start', o.dt_start,
            'dt_end', o.dt_end, 'all_day', o.all_day, 'updated', o.updated)
          FROM occurring_rules o WHERE o.event_id = ev.id),
        'recurring', (SELECT coalesce(json_agg(json_build_object('id', r.id, 'row_version', r.row_version, 'begin', r.begin,
            'finish', r.finish, 'duration_minutes', r.duration_minutes, 'interval', r.interval, 'frequency', r.frequency,
            'all_day', r.all_day, 'updated', r.updated) ORDER BY r.id), '[]')
          FROM recurring_rules r WHERE r.event_id = ev.id)
      ) ORDER BY ev.id), '[]')
      FROM events ev JOIN e ON e.id = ev.id) AS events`;

/** Timestamps are ISO 8601 strings, as PostgreSQL writes them in JSON. */
export interface VenueRow {
  id: number;
  name: string;
  address: string | null;
  updated: string;
}

export interface OccurringRow {
  id: number;
  row_version: number;
  dt_start: string;
  dt_end: string;
  all_day: boolean;
  updated: string;
}

export interface RecurringRow {
  id: number;
  row_version: number;
  begin: string;
  finish: string;
  duration_minutes: number;
  interval: number;
  frequency: number;
  all_day: boolean;
  updated: string;
}

export interface EventRow {
  id: number;
  row_version: number;
  title: string;
  description: string;
  created: string;
  updated: string;
  venue: VenueRow | null;
  occurring: OccurringRow | null;
  recurring: RecurringRow[];
}

export interface CalendarAnswerRow {
  tag: string | null;
  calendar: { name: string; description: string | null } | null;
  events: EventRow[];
}
