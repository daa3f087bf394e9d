/*
 * The events webhooks may ask for. Every resource's writes are `<resource>.created|updated|deleted`;
 * a few changes also have a name of their own, which is what most receivers want.
 */

/** Changes with a name of their own: the resource they are about, and when they happen (events.ts). */
export const DOMAIN_EVENTS = {
  'page.published': 'pages',
  'page.unpublished': 'pages',
  'release.published': 'releases',
  'release.unpublished': 'releases',
  'release.files_changed': 'releases',
  'job.approved': 'jobs',
  'job.rejected': 'jobs',
  'job.expired': 'jobs',
  'event.changed': 'events',
  'schedule.published': 'scheduled-publications',
  'schedule.unpublished': 'scheduled-publications',
  'schedule.failed': 'scheduled-publications',
} as const;
export type DomainEvent = keyof typeof DOMAIN_EVENTS;

export const OPERATION_EVENTS = { create: 'created', update: 'updated', delete: 'deleted' } as const;

/** Resources whose writes are not announced: the webhooks' own (a receiver must not hear of its secret's rotation). */
export const UNANNOUNCED = new Set(['webhooks', 'webhook-headers', 'webhook-deliveries']);

let announced: readonly string[] = [];

/** Records which resources announce their writes: every one the registry serves but the webhooks' own (set at boot, app.ts). */
export function announceResources(names: readonly string[]): void {
  announced = names.filter((name) => !UNANNOUNCED.has(name));
}

export const announcedResources = () => announced;

/** Every event type there is. */
export function eventTypes(): string[] {
  const writes = announced.flatMap((r) => Object.values(OPERATION_EVENTS).map((op) => `${r}.${op}`));
  return [...Object.keys(DOMAIN_EVENTS), ...writes];
}
