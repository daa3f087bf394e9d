import type { CommitEvent, Row } from '../crud/types.js';
import { announcedResources, OPERATION_EVENTS } from './eventTypes.js';

/** One thing a webhook may hear of: its type, the record it is about, and which fields changed. */
export interface WebhookEvent {
  type: string;
  resource: string;
  id: number;
  changed: string[];
}

// Maintained by the database or computed on read: never "what changed".
const NOT_CHANGES = new Set(['updated', 'row_version', 'search_vector', 'rank_vector', 'has_draft', 'draft', 'publish_at', 'unpublish_at']);
const same = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);

/** The fields a write changed: all of a new record's, none of a deleted one's. */
export function changedFields({ operation, before, after }: CommitEvent): string[] {
  if (operation === 'delete' || !after) return [];
  return Object.keys(after).filter((k) => !NOT_CHANGES.has(k) && (operation === 'create' || !same(before?.[k], after[k])));
}

/** Whether a boolean column went from off (or no record) to on, or back. */
function flipped(event: CommitEvent, column: string): 'on' | 'off' | undefined {
  const was = event.before?.[column] === true;
  const is = event.after?.[column] === true;
  return was === is ? undefined : is ? 'on' : 'off';
}

const idOf = (row: Row | undefined, column: string) => (typeof row?.[column] === 'number' ? (row[column] as number) : undefined);

/** The events with names of their own that one committed change makes (a release published, a job approved). */
function domainEvents(event: CommitEvent, changed: string[]): WebhookEvent[] {
  const named = (type: string, resource: string, id: number | undefined): WebhookEvent[] =>
    id === undefined ? [] : [{ type, resource, id, changed }];
  switch (event.resource) {
    case 'pages':
    case 'releases': {
      const noun = event.resource === 'pages' ? 'page' : 'release';
      const flip = flipped(event, 'is_published');
      return flip ? named(`${noun}.${flip === 'on' ? 'published' : 'unpublished'}`, event.resource, event.id) : [];
    }
    case 'release-files': {
      const releases = new Set([idOf(event.before, 'release_id'), idOf(event.after, 'release_id')]);
      return [...releases].flatMap((id) =>
        id === undefined ? [] : [{ type: 'release.files_changed', resource: 'releases', id, changed: ['files'] }],
      );
    }
    case 'jobs': {
      const done = { approve: 'job.approved', reject: 'job.rejected', expire: 'job.expired' }[event.transition ?? ''];
      return done ? named(done, 'jobs', event.id) : [];
    }
    case 'events':
      return named('event.changed', 'events', event.id);
    case 'occurring-rules':
    case 'recurring-rules':
      return named('event.changed', 'events', idOf(event.after ?? event.before, 'event_id')).map((e) => ({ ...e, changed: ['dates'] }));
    case 'scheduled-publications':
      return named(
        `schedule.${event.transition === 'failed' ? 'failed' : `${event.transition}ed`}`,
        'scheduled-publications',
        event.id,
      ).map((e) => ({ ...e, changed: ['status'] }));
    default:
      return [];
  }
}

/**
 * What a transaction's committed changes announce: `<resource>.<created|updated|deleted>` for each
 * write of an announced resource, and the named events; a named event about one record is said once
 * per transaction (a release whose five files changed: one release.files_changed).
 */
export function webhookEvents(events: readonly CommitEvent[]): WebhookEvent[] {
  const announced = new Set(announcedResources());
  const out = new Map<string, WebhookEvent>();
  for (const event of events) {
    const changed = changedFields(event);
    if (announced.has(event.resource)) {
      const type = `${event.resource}.${OPERATION_EVENTS[event.operation]}`;
      const key = `${type}:${event.id}`;
      const seen = out.get(key);
      if (seen) seen.changed = [...new Set([...seen.changed, ...changed])];
      else out.set(key, { type, resource: event.resource, id: event.id, changed });
    }
    for (const named of domainEvents(event, changed)) {
      const key = `${named.type}:${named.id}`;
      const seen = out.get(key);
      if (seen) seen.changed = [...new Set([...seen.changed, ...named.changed])];
      else out.set(key, named);
    }
  }
  return [...out.values()];
}
