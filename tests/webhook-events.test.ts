import { beforeAll, describe, expect, it } from 'vitest';
import type { CommitEvent } from '../server/crud/types.js';
import { webhookEvents } from '../server/webhooks/events.js';
import { announceResources, eventTypes } from '../server/webhooks/eventTypes.js';

const change = (event: Partial<CommitEvent> & Pick<CommitEvent, 'resource' | 'operation' | 'id'>): CommitEvent => ({
  actorId: 1,
  ...event,
});

/** Which events a transaction's committed changes announce (server/webhooks/events.ts). */
describe('webhook events', () => {
  beforeAll(() => announceResources(['pages', 'releases', 'release-files', 'jobs', 'events', 'occurring-rules', 'webhooks']));

  it('names publishing and unpublishing, and not an edit that leaves it as it was', () => {
    const types = (event: CommitEvent) => webhookEvents([event]).map((e) => e.type);
    expect(
      types(change({ resource: 'releases', operation: 'update', id: 3, before: { is_published: false }, after: { is_published: true } })),
    ).toEqual(['releases.updated', 'release.published']);
    expect(
      types(change({ resource: 'pages', operation: 'update', id: 4, before: { is_published: true }, after: { is_published: false } })),
    ).toEqual(['pages.updated', 'page.unpublished']);
    expect(types(change({ resource: 'pages', operation: 'create', id: 5, after: { is_published: true } }))).toEqual([
      'pages.created',
      'page.published',
    ]);
    expect(
      types(
        change({
          resource: 'pages',
          operation: 'update',
          id: 4,
          before: { is_published: true, title: 'a' },
          after: { is_published: true, title: 'b' },
        }),
      ),
    ).toEqual(['pages.updated']);
  });

  it('says release.files_changed once per release however many files changed, and names job and event outcomes', () => {
    const events = webhookEvents([
      change({ resource: 'release-files', operation: 'create', id: 40, after: { release_id: 12 } }),
      change({ resource: 'release-files', operation: 'delete', id: 41, before: { release_id: 12 } }),
      change({ resource: 'release-files', operation: 'update', id: 42, before: { release_id: 12 }, after: { release_id: 13 } }),
      change({
        resource: 'jobs',
        operation: 'update',
        id: 7,
        transition: 'approve',
        before: { status: 'review' },
        after: { status: 'approved' },
      }),
      change({
        resource: 'jobs',
        operation: 'update',
        id: 8,
        transition: 'expire',
        before: { status: 'approved' },
        after: { status: 'expired' },
      }),
      change({ resource: 'occurring-rules', operation: 'update', id: 90, before: { event_id: 9 }, after: { event_id: 9 } }),
      change({ resource: 'events', operation: 'update', id: 9, before: { title: 'a' }, after: { title: 'b' } }),
    ]);
    const named = events.filter((e) => !/\.(created|updated|deleted)$/.test(e.type)).map((e) => `${e.type}:${e.id}`);
    expect(named.sort()).toEqual([
      'event.changed:9',
      'job.approved:7',
      'job.expired:8',
      'release.files_changed:12',
      'release.files_changed:13',
    ]);
    expect(events.find((e) => e.type === 'event.changed')!.changed.sort()).toEqual(['dates', 'title']);
  });

  it('announces scheduled publications, and never the webhooks’ own changes', () => {
    const events = webhookEvents([
      change({ resource: 'scheduled-publications', operation: 'update', id: 5, transition: 'publish', after: {} }),
      change({ resource: 'scheduled-publications', operation: 'update', id: 6, transition: 'failed', after: {} }),
      change({ resource: 'webhooks', operation: 'update', id: 1, before: { url: 'a' }, after: { url: 'b' } }),
    ]);
    expect(events.map((e) => e.type)).toEqual(['schedule.published', 'schedule.failed']);
    expect(eventTypes()).not.toContain('webhooks.updated');
    expect(eventTypes()).toEqual(expect.arrayContaining(['release.files_changed', 'pages.deleted', 'schedule.unpublished']));
  });
});
