import { JOB_STATUSES, valuesOf, type JobStatus, type RoleSlug } from '../domain/enums.js';
import { JOB_TRANSITIONS, type JobAction } from '../domain/jobWorkflow.js';
import { JobReviewComment } from '../entities/JobReviewComment.js';
import { JobTransition } from '../entities/JobTransition.js';
import { defineMachine, type ActionSpec, type Effect } from '../workflows/machine.js';
import { enqueueJobNotification } from './notifications.js';

/** How long an approved job stays listed when nobody chose its expiry. */
export const DEFAULT_LISTING_DAYS = 90;
const DAY_MS = 86_400_000;

const MODERATORS: readonly RoleSlug[] = ['job_moderator'];

/** The submitter (and the jobs team) hear of it through the outbox, in the step's transaction. */
const notifySubmitter: Effect = (sql, step) =>
  enqueueJobNotification(sql, step.after, step.action as 'submit' | 'approve' | 'reject', step.reason);

/** An approved job always knows when it expires (the CHECK chk_jobs_approved_expires), so approval fills in an empty expiry. */
const defaultExpiry = (job: Record<string, unknown>) =>
  job.expires ? {} : { expires: new Date(Date.now() + DEFAULT_LISTING_DAYS * DAY_MS) };

/** docs/api.md's "who" and "reason" columns; the from/to columns are JOB_TRANSITIONS, the one table the database CHECK is built from too. */
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

/** The job board's moderation: table, state column (status), owner and audit name come from the jobs resource. */
export const JOB_WORKFLOW = defineMachine<JobStatus, JobAction>({
  states: valuesOf(JOB_STATUSES),
  initial: 'draft',
  actions,
  history: { entity: JobTransition, subjectColumn: 'job_id' },
  comments: { entity: JobReviewComment, subjectColumn: 'job_id' },
});
