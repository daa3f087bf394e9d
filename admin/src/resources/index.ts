/** Every resource the admin offers: one line each, with the menu group of the people who use it. */
import type { ComponentType } from 'react';
import type { RecordToStringFunction } from 'react-admin';
import { generic } from './generic';
import blogFeeds from './blog-feeds';
import boxes from './boxes';
import calendars from './calendars';
import eventCategories from './event-categories';
import eventLocations from './event-locations';
import events from './events';
import jobCategories from './job-categories';
import jobTypes from './job-types';
import jobs from './jobs';
import media from '../media';
import memberships from './memberships';
import operatingSystems from './operating-systems';
import pages from './pages';
import releaseFiles from './release-files';
import releases from './releases';
import roles from './roles';
import sponsors from './sponsors';
import sponsorships from './sponsorships';
import users from './users';
import webhooks from '../webhooks';

export const MENU_GROUPS = ['Content', 'Downloads', 'Events', 'Jobs', 'Membership', 'Integrations', 'Administration'] as const;
export type MenuGroup = (typeof MENU_GROUPS)[number];

export interface ResourceScreens {
  list?: ComponentType;
  edit?: ComponentType;
  create?: ComponentType;
  show?: ComponentType;
  icon?: ComponentType;
  recordRepresentation?: string | RecordToStringFunction;
}

export interface AdminResource extends ResourceScreens {
  name: string;
  group: MenuGroup;
  /** What one record and several are called, for titles ("Edit venue") and the menu ("Venues"). */
  singular: string;
  label: string;
  /** Edited inside another record's screen (an event's rules), not from the menu. */
  hidden?: boolean;
}

const entry = (
  name: string,
  group: MenuGroup,
  [singular, label]: [string, string],
  screens: ResourceScreens,
  hidden = false,
): AdminResource => ({ name, group, singular, label, hidden, ...screens });
const dated = (prefix: string) => (r: { id: number; date?: string | null }) => `${prefix} ${r.date ?? `#${r.id}`}`;

export const registry: AdminResource[] = [
  entry('pages', 'Content', ['Page', 'Pages'], pages),
  entry('boxes', 'Content', ['Box', 'Boxes'], boxes),
  entry('media', 'Content', ['Media file', 'Media'], media),
  entry('page-documents', 'Content', ['Page document', 'Page documents'], generic('document')),
  entry('page-images', 'Content', ['Page image', 'Page images'], generic('image')),
  entry('posts', 'Content', ['Community post', 'Community posts'], generic('title')),
  entry('links', 'Content', ['Community link', 'Community links'], generic('url')),
  entry(
    'photos',
    'Content',
    ['Community photo', 'Community photos'],
    generic((r: { id: number; caption?: string }) => r.caption || `Photo #${r.id}`),
  ),
  entry(
    'videos',
    'Content',
    ['Community video', 'Community videos'],
    generic((r: { id: number; caption?: string }) => r.caption || `Video #${r.id}`),
  ),
  entry('minutes', 'Content', ['Board minutes', 'Board minutes'], generic(dated('Minutes of'))),
  entry('blog-feeds', 'Content', ['Blog feed', 'Blog feeds'], blogFeeds),
  entry('blog-entries', 'Content', ['Blog entry', 'Blog entries'], generic('title')),

  entry('releases', 'Downloads', ['Release', 'Releases'], releases),
  entry('release-files', 'Downloads', ['Release file', 'Release files'], releaseFiles),
  entry('operating-systems', 'Downloads', ['Operating system', 'Operating systems'], operatingSystems),

  entry('events', 'Events', ['Event', 'Events'], events),
  entry('calendars', 'Events', ['Calendar', 'Calendars'], calendars),
  entry('event-locations', 'Events', ['Venue', 'Venues'], eventLocations),
  entry('event-categories', 'Events', ['Event category', 'Event categories'], eventCategories),
  entry(
    'occurring-rules',
    'Events',
    ['Occurrence', 'Occurrences'],
    generic((r: { dt_start: string }) => new Date(r.dt_start).toLocaleString()),
    true,
  ),
  entry(
    'recurring-rules',
    'Events',
    ['Recurrence', 'Recurrences'],
    generic((r: { id: number }) => `Recurrence #${r.id}`),
    true,
  ),

  entry('jobs', 'Jobs', ['Job', 'Jobs'], jobs),
  entry('job-categories', 'Jobs', ['Job category', 'Job categories'], jobCategories),
  entry('job-types', 'Jobs', ['Job type', 'Job types'], jobTypes),
  entry(
    'job-review-comments',
    'Jobs',
    ['Review comment', 'Review comments'],
    generic((r: { id: number }) => `Comment #${r.id}`),
    true,
  ),
  entry(
    'job-transitions',
    'Jobs',
    ['Job transition', 'Job transitions'],
    generic((r: { action: string; id: number }) => `${r.action} #${r.id}`),
    true,
  ),

  entry('memberships', 'Membership', ['Membership', 'Memberships'], memberships),
  entry('sponsors', 'Membership', ['Sponsor', 'Sponsors'], sponsors),
  entry('sponsorships', 'Membership', ['Sponsorship', 'Sponsorships'], sponsorships),
  entry(
    'contracts',
    'Membership',
    ['Contract', 'Contracts'],
    generic((r: { id: number; revision: number }) => `Contract #${r.id} (revision ${r.revision})`),
  ),
  entry(
    'sponsorship-transitions',
    'Membership',
    ['Sponsorship step', 'Sponsorship steps'],
    generic((r: { action: string; id: number }) => `${r.action} #${r.id}`),
    true,
  ),
  entry(
    'contract-transitions',
    'Membership',
    ['Contract step', 'Contract steps'],
    generic((r: { action: string; id: number }) => `${r.action} #${r.id}`),
    true,
  ),
  entry('sponsor-contacts', 'Membership', ['Sponsor contact', 'Sponsor contacts'], generic('name')),
  entry('sponsor-benefits', 'Membership', ['Sponsor benefit', 'Sponsor benefits'], generic('name')),
  entry('sponsorship-packages', 'Membership', ['Sponsorship package', 'Sponsorship packages'], generic('name')),
  entry('sponsorship-benefits', 'Membership', ['Sponsorship benefit', 'Sponsorship benefits'], generic('name')),
  entry('sponsorship-programs', 'Membership', ['Sponsorship program', 'Sponsorship programs'], generic('name')),
  entry('elections', 'Membership', ['Election', 'Elections'], generic('name')),
  entry('election-kinds', 'Membership', ['Election kind', 'Election kinds'], generic('name')),
  entry('nominees', 'Membership', ['Nominee', 'Nominees'], generic('slug')),
  entry('nominations', 'Membership', ['Nomination', 'Nominations'], generic('name')),
  entry('work-groups', 'Membership', ['Working group', 'Working groups'], generic('name')),

  entry('webhooks', 'Integrations', ['Integration', 'Webhooks & CDN'], webhooks),
  entry('webhook-headers', 'Integrations', ['Webhook header', 'Webhook headers'], generic('name'), true),
  entry(
    'webhook-deliveries',
    'Integrations',
    ['Delivery', 'Deliveries'],
    generic((r: { event_type: string; id: number }) => `${r.event_type} #${r.id}`),
    true,
  ),

  entry('users', 'Administration', ['User', 'Users'], users),
  entry('roles', 'Administration', ['Role', 'Roles'], roles),
  entry('auth-tokens', 'Administration', ['API token', 'API tokens (all users)'], generic('name')),
  entry(
    'audit-log',
    'Administration',
    ['Audit entry', 'Audit log'],
    generic((r: { action: string; resource: string; record_id: number }) => `${r.action} ${r.resource} #${r.record_id}`),
  ),
];
