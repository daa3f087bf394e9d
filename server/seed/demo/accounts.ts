import type { RoleSlug } from '../../domain/enums.js';

export interface DemoAccount {
  username: string;
  role: RoleSlug;
  /** How the banner and the sign-in page name the role. */
  label: string;
}

/** The demo's staff, one per role a newcomer should see: people.ts creates them (tests/seed.test.ts checks they match). */
export const DEMO_ACCOUNTS: readonly DemoAccount[] = [
  { username: 'ewa', role: 'content_editor', label: 'content editor' },
  { username: 'hugo', role: 'release_manager', label: 'release manager' },
  { username: 'marie', role: 'job_moderator', label: 'job moderator' },
];

/** One of the demo's job submitters (users without a role), named in the banner. */
export const DEMO_SUBMITTER = 'ada.lovelace';
