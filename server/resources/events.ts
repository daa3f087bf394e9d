import { defineResource } from '../crud/resource.js';
import { Calendar } from '../entities/Calendar.js';
import { Event } from '../entities/Event.js';
import { EventCategory } from '../entities/EventCategory.js';
import { EventLocation } from '../entities/EventLocation.js';
import { OccurringRule } from '../entities/OccurringRule.js';
import { RecurringRule } from '../entities/RecurringRule.js';

export const calendars = defineResource(Calendar, {
  access: { write: ['content_editor'] },
  quickSearch: 'name',
  filters: ['slug'],
  sort: ['name', 'slug', 'created'],
  defaultSort: ['name', 'ASC'],
  // Kept by the calendar import (server/calendars/import/).
  readOnly: ['import_etag', 'import_last_modified', 'last_import'],
  constraintMessages: { fk_events_calendar: 'This calendar still has events; move or delete them first.' },
});

export const eventLocations = defineResource(EventLocation, {
  access: { write: ['content_editor'] },
  quickSearch: 'name',
  filters: ['calendar_id'],
  sort: ['name', 'created'],
  defaultSort: ['name', 'ASC'],
});

export const eventCategories = defineResource(EventCategory, {
  access: { write: ['content_editor'] },
  quickSearch: 'name',
  filters: ['calendar_id', 'slug'],
  sort: ['name', 'slug'],
  defaultSort: ['name', 'ASC'],
});

export const events = defineResource(Event, {
  versions: {
    children: [
      { resource: 'occurring-rules', foreignKey: 'event_id' },
      { resource: 'recurring-rules', foreignKey: 'event_id' },
    ],
  },
  access: { write: ['content_editor'] },
  search: ['title', 'description'],
  filters: ['calendar_id', 'venue_id', 'featured', 'is_published', 'uid', 'created', 'updated'],
  sort: ['title', 'created', 'updated', 'featured'],
  defaultSort: ['updated', 'DESC'],
  // What the calendar import set, and when the source dropped the event: the import's to keep.
  readOnly: ['source_fields', 'removed_at_source'],
  constraintMessages: { uq_events_calendar_uid: { field: 'uid', message: 'Another event of this calendar has this UID.' } },
});

export const occurringRules = defineResource(OccurringRule, {
  access: { write: ['content_editor'] },
  filters: ['event_id', 'dt_start', 'dt_end', 'all_day'],
  sort: ['dt_start', 'dt_end'],
  defaultSort: ['dt_start', 'ASC'],
  constraintMessages: { chk_occurring_rules_dates: { field: 'dt_end', message: 'The end must not be before the start.' } },
});

export const recurringRules = defineResource(RecurringRule, {
  access: { write: ['content_editor'] },
  filters: ['event_id', 'begin', 'finish', 'frequency'],
  sort: ['begin', 'finish'],
  defaultSort: ['begin', 'ASC'],
  constraintMessages: { chk_recurring_rules_dates: { field: 'finish', message: 'The recurrence must not finish before it begins.' } },
});
