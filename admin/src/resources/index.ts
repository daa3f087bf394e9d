/** Every resource the admin offers: one line each, with the menu group of the people who use it. */
import type { ComponentType } from 'react';
import { generic } from './generic';
import boxes from './boxes';
import calendars from './calendars';
import eventCategories from './event-categories';
import eventLocations from './event-locations';
import events from './events';
import jobCategories from './job-categories';
import jobTypes from './job-types';
import jobs from './jobs';
import memberships from './memberships';
import operatingSystems from './operating-systems';
import pages from './pages';
import releaseFiles from './release-files';
import releases from './releases';
import roles from './roles';
import sponsors from './sponsors';
import sponsorships from './sponsorships';
import users from './users';

export const MENU_GROUPS = ['Content', 'Downloads', 'Events', 'Jobs', 'Membership', 'Administration'] as const;
export type MenuGroup = (typeof MENU_GROUPS)[number];

export interface ResourceScreens {
  list?: ComponentType;
  edit?: ComponentType;
  create?: ComponentType;
  show?: ComponentType;
  icon?: ComponentType;
  recordRepresentation?: string | ((record: any) => string);
}

export interface AdminResource extends ResourceScreens {
  name: string;
  group: MenuGroup;
  label: string;
  /** Edited inside another record's screen (an event's rules), not from the menu. */
  hidden?: boolean;
}

const entry = (name: string, group: MenuGroup, label: string, screens: ResourceScreens, hidden = false): AdminResource => ({ name, group, label, hidden, ...screens });
const dated = (prefix: string) => (r: { id: number; date?: string | null }) => `${prefix} ${r.date ?? `#${r.id}`}`;

export const registry: AdminResource[] = [
  entry('pages', 'Content', 'Pages', pages),
  entry('boxes', 'Content', 'Boxes', boxes),
  entry('page-documents', 'Content', 'Page documents', generic('document')),
  entry('page-images', 'Content', 'Page images', generic('image')),
  entry('posts', 'Content', 'Community posts', generic('title')),
  entry('links', 'Content', 'Community links', generic('url')),
  entry('photos', 'Content', 'Community photos', generic((r: { id: number; caption?: string }) => r.caption || `Photo #${r.id}`)),
  entry('videos', 'Content', 'Community videos', generic((r: { id: number; caption?: string }) => r.caption || `Video #${r.id}`)),
  entry('minutes', 'Content', 'Board minutes', generic(dated('Minutes of'))),

  entry('releases', 'Downloads', 'Releases', releases),
  entry('release-files', 'Downloads', 'Release files', releaseFiles),
  entry('operating-systems', 'Downloads', 'Operating systems', operatingSystems),

  entry('events', 'Events', 'Events', events),
  entry('calendars', 'Events', 'Calendars', calendars),
  entry('event-locations', 'Events', 'Venues', eventLocations),
  entry('event-categories', 'Events', 'Event categories', eventCategories),
  entry('occurring-rules', 'Events', 'Occurrences', generic((r: { dt_start: string }) => new Date(r.dt_start).toLocaleString()), true),
  entry('recurring-rules', 'Events', 'Recurrences', generic((r: { id: number }) => `Recurrence #${r.id}`), true),

  entry('jobs', 'Jobs', 'Jobs', jobs),
  entry('job-categories', 'Jobs', 'Job categories', jobCategories),
  entry('job-types', 'Jobs', 'Job types', jobTypes),
  entry('job-review-comments', 'Jobs', 'Review comments', generic((r: { id: number }) => `Comment #${r.id}`), true),
  entry('job-transitions', 'Jobs', 'Job transitions', generic((r: { action: string; id: number }) => `${r.action} #${r.id}`), true),

  entry('memberships', 'Membership', 'Memberships', memberships),
  entry('sponsors', 'Membership', 'Sponsors', sponsors),
  entry('sponsorships', 'Membership', 'Sponsorships', sponsorships),
  entry('sponsor-contacts', 'Membership', 'Sponsor contacts', generic('name')),
  entry('sponsor-benefits', 'Membership', 'Sponsor benefits', generic('name')),
  entry('sponsorship-packages', 'Membership', 'Sponsorship packages', generic('name')),
  entry('sponsorship-benefits', 'Membership', 'Sponsorship benefits', generic('name')),
  entry('sponsorship-programs', 'Membership', 'Sponsorship programs', generic('name')),
  entry('elections', 'Membership', 'Elections', generic('name')),
  entry('election-kinds', 'Membership', 'Election kinds', generic('name')),
  entry('nominees', 'Membership', 'Nominees', generic('slug')),
  entry('nominations', 'Membership', 'Nominations', generic('name')),
  entry('work-groups', 'Membership', 'Working groups', generic('name')),

  entry('users', 'Administration', 'Users', users),
  entry('roles', 'Administration', 'Roles', roles),
  entry('auth-tokens', 'Administration', 'API tokens (all users)', generic('name')),
  entry('audit-log', 'Administration', 'Audit log', generic((r: { action: string; resource: string; record_id: number }) => `${r.action} ${r.resource} #${r.record_id}`)),
];
