import type { JobStatus } from './enums.js';
import type { TransitionRule } from './transitionRules.js';

/**
 * The job moderation transitions of docs/api.md as data: the workflow engine, the database's
 * CHECK on recorded transitions and the admin's buttons all read this one table.
 */
export type JobTransitionRule = TransitionRule<JobStatus>;

export const JOB_TRANSITIONS = [
  { action: 'submit', from: ['draft', 'rejected'], to: 'review' },
  { action: 'approve', from: ['review'], to: 'approved' },
  { action: 'reject', from: ['review'], to: 'rejected' },
  { action: 'archive', from: ['approved', 'expired'], to: 'archived' },
  { action: 'remove', from: ['draft', 'review', 'approved', 'rejected'], to: 'removed' },
  { action: 'reopen', from: ['archived', 'removed'], to: 'review' },
  { action: 'expire', from: ['approved'], to: 'expired' },
] as const satisfies readonly JobTransitionRule[];

export type JobAction = (typeof JOB_TRANSITIONS)[number]['action'];
export const JOB_ACTIONS = JOB_TRANSITIONS.map((t) => t.action);
