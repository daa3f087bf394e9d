import { httpClient } from '../../dataProvider';
import { fetchHistory as anyHistory, fetchTransitions as anyTransitions } from '../../common/workflowApi';
import type { JobAction } from '../../../../server/domain/jobWorkflow';
import type { AvailableAction, CommentEntry, HistoryEntry } from '../../../../server/domain/workflowResponses';

/** What the moderation endpoints need of a job (docs/api.md, "Job moderation"). */
export interface ModeratedJob {
  id: number;
  job_title: string;
  status: string;
  row_version: number;
  created: string;
}

/** One action GET /api/jobs/{id}/transitions offers the caller now. */
export type AvailableJobAction = AvailableAction<JobAction>;

/** GET /api/jobs/{id}/history: transitions and review comments in one list, oldest first. */
export type JobHistoryEntry = HistoryEntry<JobAction>;

/** The exact e-mail the submitter gets when the job is rejected with this reason. */
export interface EmailPreview {
  to: string[];
  subject: string;
  text: string;
}

const post = (body: unknown) => ({ method: 'POST', body: JSON.stringify(body) });

// Query keys under 'job-workflow': react-admin's refresh invalidates every query, these included.
export const transitionsKey = (id: number | string) => ['job-workflow', String(id), 'transitions'];
export const historyKey = (id: number | string) => ['job-workflow', String(id), 'history'];

export const fetchTransitions = (id: number | string) => anyTransitions('jobs', id) as Promise<AvailableJobAction[]>;

export const fetchHistory = (id: number | string) => anyHistory('jobs', id) as Promise<JobHistoryEntry[]>;

/** Moves the job on; row_version makes a decision taken on a stale screen a 409, never a silent overwrite. */
export async function applyTransition(
  job: Pick<ModeratedJob, 'id' | 'row_version'>,
  action: JobAction,
  reason?: string | null,
): Promise<ModeratedJob> {
  const body: Record<string, unknown> = { row_version: job.row_version };
  if (reason?.trim()) body.reason = reason.trim();
  return (await httpClient(`/api/jobs/${job.id}/${action}`, post(body))).json as ModeratedJob;
}

export async function addComment(id: number | string, comment: string): Promise<CommentEntry> {
  return (await httpClient(`/api/jobs/${id}/comments`, post({ comment }))).json as CommentEntry;
}

export async function fetchRejectPreview(id: number | string, reason: string, signal?: AbortSignal): Promise<EmailPreview> {
  return (await httpClient(`/api/jobs/${id}/reject/preview?reason=${encodeURIComponent(reason)}`, { signal })).json as EmailPreview;
}
