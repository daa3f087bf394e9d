/**
 * Enumerations of the python.org data model. The database CHECK constraints, the API's
 * validation and the admin's choice inputs are all built from these lists.
 * This module has no dependencies so the admin bundle can import it.
 */

export interface Choice<T extends string | number> {
  id: T;
  name: string;
}

export function choices<T extends string | number>(pairs: readonly (readonly [T, string])[]): Choice<T>[] {
  return pairs.map(([id, name]) => ({ id, name }));
}

export const valuesOf = <T extends string | number>(list: readonly Choice<T>[]): T[] => list.map((c) => c.id);

/** Markup of text fields; 'rst' is reStructuredText (the schema document's default spelling). */
export const MARKUP_TYPES = choices([
  ['rst', 'reStructuredText'],
  ['markdown', 'Markdown'],
  ['html', 'HTML'],
  ['text', 'Plain text'],
] as const);
export type MarkupType = (typeof MARKUP_TYPES)[number]['id'];

export const JOB_STATUSES = choices([
  ['draft', 'Draft'],
  ['review', 'Awaiting review'],
  ['approved', 'Approved'],
  ['rejected', 'Rejected'],
  ['archived', 'Archived'],
  ['removed', 'Removed'],
  ['expired', 'Expired'],
] as const);
export type JobStatus = (typeof JOB_STATUSES)[number]['id'];

/** downloads.Release.version */
export const RELEASE_VERSIONS = choices([
  [1, 'Python 1.x.x'],
  [2, 'Python 2.x.x'],
  [3, 'Python 3.x.x'],
  [100, 'Python install manager'],
] as const);

/** users.Membership.membership_type (3, "Managing Member", was retired by pythondotorg). */
export const MEMBERSHIP_TYPES = choices([
  [0, 'Basic Member'],
  [1, 'Supporting Member'],
  [2, 'Sponsor Member'],
  [4, 'Contributing Member'],
  [5, 'Fellow'],
] as const);

/** users.User.search_visibility */
export const SEARCH_VISIBILITY = choices([
  [0, 'Private'],
  [1, 'Public'],
] as const);

/** users.User.email_privacy */
export const EMAIL_PRIVACY = choices([
  [0, 'Anyone can see my email'],
  [1, 'Only signed-in users can see my email'],
  [2, 'No one can ever see my email'],
] as const);

/** The roles a user can hold besides the superuser flag. */
export const ROLE_SLUGS = ['content_editor', 'release_manager', 'job_moderator', 'integrations'] as const;
export type RoleSlug = (typeof ROLE_SLUGS)[number];

/** events.RecurringRule.frequency (dateutil's constants). */
export const RECURRENCE_FREQUENCIES = choices([
  [0, 'year(s)'],
  [1, 'month(s)'],
  [2, 'week(s)'],
  [3, 'day(s)'],
] as const);
