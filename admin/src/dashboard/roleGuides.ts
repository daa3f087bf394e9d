import { ROLE_SLUGS, type RoleSlug } from '../../../server/domain/enums';
import { REVIEW_QUEUE_LINK } from '../resources/jobs/JobQueueTabs';
import { SPONSORSHIP_QUEUE_LINK } from '../resources/sponsorships/SponsorshipQueueTabs';

export interface GuideStep {
  text: string;
  /** Where the step is done; none when it happens on the screen the step before opened. */
  to?: string;
}

export interface RoleGuide {
  key: RoleSlug | 'superuser' | 'no_role';
  title: string;
  /** The role's own screen: where "Try a role" lands after sign-in. */
  landing: string;
  steps: GuideStep[];
}

/** The newest release, once known: a release manager's first step opens it. */
export interface GuideContext {
  newestReleaseId?: number;
}

/** The first things each role does here, in order: the dashboard's "Start here" cards. */
export function roleGuide(key: RoleGuide['key'], context: GuideContext = {}): RoleGuide {
  switch (key) {
    case 'content_editor':
      return {
        key,
        title: 'Content editor',
        landing: '/pages',
        steps: [
          { text: 'Edit a page: its text, images and documents', to: '/pages' },
          { text: 'Change a box, the snippets shown around python.org', to: '/boxes' },
          { text: 'Add an event to a calendar', to: '/events' },
          { text: 'Review sponsorship applications: approve, then send the contract', to: SPONSORSHIP_QUEUE_LINK },
        ],
      };
    case 'release_manager':
      return {
        key,
        title: 'Release manager',
        landing: '/releases',
        steps: [
          { text: 'Open the newest release', to: context.newestReleaseId ? `/releases/${context.newestReleaseId}` : '/releases' },
          { text: 'Import its files from a manifest with "Import files"' },
          { text: 'Publish it: the checklist first shows what is still missing' },
        ],
      };
    case 'job_moderator':
      return {
        key,
        title: 'Job moderator',
        landing: REVIEW_QUEUE_LINK,
        steps: [
          { text: 'Open the review queue: job postings waiting, oldest first', to: REVIEW_QUEUE_LINK },
          { text: 'Approve or reject each one (keys A and R); a rejection says why to the submitter' },
        ],
      };
    case 'integrations':
      return {
        key,
        title: 'Integrations',
        landing: '/webhooks',
        steps: [{ text: 'Add a webhook or a CDN purge target, then send it a test event', to: '/webhooks' }],
      };
    case 'superuser':
      return {
        key,
        title: 'Administrator',
        landing: '/users',
        steps: [
          { text: 'Give people their roles', to: '/users' },
          { text: 'See what each role may do', to: '/roles' },
        ],
      };
    case 'no_role':
      return { key, title: 'Welcome', landing: '/jobs', steps: [{ text: 'Post a job for the job board', to: '/jobs/create' }] };
  }
}

/** The guides a user's roles call for: one per role, the administrator's for a superuser, the job board for everyone else. */
export function guidesFor(roles: readonly string[], superuser: boolean, context: GuideContext = {}): RoleGuide[] {
  const keys: RoleGuide['key'][] = [...(superuser ? (['superuser'] as const) : []), ...ROLE_SLUGS.filter((role) => roles.includes(role))];
  return (keys.length ? keys : (['no_role'] as const)).map((key) => roleGuide(key, context));
}
