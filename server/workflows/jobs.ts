import type { Actor } from '../auth/permissions.js';
import type { Sql } from '../db/sql.js';
import { JOB_STATUSES, valuesOf, type JobStatus, type RoleSlug } from '../domain/enums.js';
import { JOB_TRANSITIONS, type JobAction } from '../domain/jobWorkflow.js';
import { enqueueJobNotification } from '../outbox/jobNotifications.js';
import { applyTransition } from './applyTransition.js';
import { defineMachine, type ActionSpec, type Effect } from './machine.js';

/** How long an approved job stays listed when nobody chose its expiry. */
export const DEFAULT_LISTING_DAYS = 90;
const DAY_MS = 86_400_000;

const MODERATORS: readonly RoleSlug[] = ['job_moderator'];

/** The submitter (and the jobs team) hear of it through the outbox, in the step's transaction. */
const notifySubmitter: Effect = (sql, step) => enqueueJobNotification(sql, step.after, step.action as 'submit' | 'approve' | 'reject', step.reason);

/** An approved job always knows when it expires (the CHECK chk_jobs_approved_expires), so approval fills in an empty expiry. */
const defaultExpiry = (job: Record<string, unknown>) => (job.expires ? {} : { expires: new Date(Date.now() + DEFAULT_LISTING_DAYS * DAY_MS) });

/** API.md's "who" and "reason" columns; the from/to columns are JOB_TRANSITIONS, the one table the database CHECK is built from too. */
const POLICY: Record<JobAction, Omit<ActionSpec<JobStatus>, 'from' | 'to'>> = {
  submit: { roles: MODERATORS, owner: true, effects: [notifySubmitter] },
  approve: { roles: MODERATORS, set: defaultExpiry, effects: [notifySubmitter] },
  reject: { roles: MODERATORS, reasonRequired: ['role'], effects: [notifySubmitter] },
  archive: { roles: MODERATORS },
  remove: { roles: MODERATORS, owner: true, reasonRequired: ['role'] },
  reopen: { roles: MODERATORS },
  expire: { system: true },
};

const actions = {} as Record<JobAction, ActionSpec<JobStatus>>;
for (const { action, from, to } of JOB_TRANSITIONS) actions[action] = { from, to, ...POLICY[action] };

export const JOB_WORKFLOW = defineMachine<JobStatus, JobAction>({
  noun: 'job',
  table: 'jobs',
  stateColumn: 'status',
  ownerColumn: 'creator_id',
  hidden: ['search_vector'],
  auditResource: 'jobs',
  history: { table: 'job_transitions', subjectColumn: 'job_id' },
  states: valuesOf(JOB_STATUSES),
  actions,
});

export interface JobTransitionParams {
  jobId: number;
  action: JobAction;
  /** Null for the system (the expiry sweep). */
  actor: Actor | null;
  reason?: string | null;
  /** Required of people; the system omits it. */
  rowVersion?: number;
}

/**
 * Moves a job on within the caller's transaction: lock, checks (403/409/422), new status (and
 * expiry on approval), the job_transitions row, the audit entry and the notification.
 * Returns the updated job row.
 */
export function applyJobTransition(sql: Sql, params: JobTransitionParams): Promise<Record<string, unknown>> {
  const { jobId, action, actor, reason, rowVersion } = params;
  return applyTransition(sql, JOB_WORKFLOW, jobId, actor, { action, reason, rowVersion });
}
