import type { HttpError } from 'react-admin';
import type { JobAction } from '../../../../server/domain/jobWorkflow';
import { jobStatusLabel } from './JobStatusChip';

/** How each moderation action reads on a button, in its dialog and in the confirmation ("Approved: “Senior developer”."). */
export const ACTION_LABELS: Record<JobAction, { button: string; done: string; effect: string }> = {
  submit: {
    button: 'Submit for review',
    done: 'Submitted for review',
    effect: 'The job joins the review queue; the moderators and the submitter are told by e-mail.',
  },
  approve: { button: 'Approve', done: 'Approved', effect: 'The job goes live on python.org/jobs and the submitter is told by e-mail.' },
  reject: {
    button: 'Reject',
    done: 'Rejected',
    effect: 'The submitter is told the reason by e-mail and can edit and resubmit the posting.',
  },
  archive: {
    button: 'Archive',
    done: 'Archived',
    effect: 'The posting leaves python.org/jobs and is kept in the archive; it can be reopened for review.',
  },
  remove: { button: 'Remove', done: 'Removed', effect: 'The posting is taken down; it can be reopened for review later.' },
  reopen: { button: 'Reopen for review', done: 'Reopened for review', effect: 'The job goes back into the review queue.' },
  expire: { button: 'Expire', done: 'Expired', effect: 'The posting leaves python.org/jobs as expired.' },
};

export const actionLabel = (action: string) => ACTION_LABELS[action as JobAction]?.button ?? action;

/** The reasons moderators give most often; choosing one fills the reason field, which stays editable. */
export const CANNED_REJECT_REASONS = [
  'Not a Python job',
  'Missing salary or location details',
  'Recruiting agency posting',
  'Duplicate posting',
  'Spam',
] as const;

/**
 * A refused moderation call in words a moderator can act on. 409 means the job moved on under
 * them (another moderator, or a stale screen); 403 and 422 carry the server's own explanation.
 */
export function transitionErrorMessage(error: unknown, title: string): string {
  const http = error as HttpError;
  const server = http?.body?.errors?.reason ?? http?.message;
  if (http?.status === 409) {
    // The server names the job's status now: "already Approved" says who won the race.
    const now = typeof http.body?.status === 'string' ? http.body.status : null;
    if (now && now !== 'review')
      return `Someone else moderated “${title}” first: it is now ${jobStatusLabel(now).toLowerCase()}. Showing its current state.`;
    return `“${title}” was changed by someone else since you opened it. Showing its current state; please decide again.`;
  }
  if (http?.status === 403 || http?.status === 422 || http?.status === 404) return `“${title}”: ${server}`;
  return `“${title}” could not be moderated: ${server || 'the server did not answer.'}`;
}
