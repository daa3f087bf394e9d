import { httpClient } from '../../dataProvider';
import type { JobAction } from '../../../../server/domain/jobWorkflow';

/** What the moderation endpoints need of a job (API.md, "Job moderation"). */
export interface ModeratedJob {
  id: number;
  job_title: string;
  status: string;
  row_version: number;
  created: string;
}

/** One action GET /api/jobs/{id}/transitions offers the caller now. */
export interface TransitionOption {
  action: JobAction;
  to: string;
  reason_required: boolean;
}

interface HistoryBase {
  id: number;
  created: string;
  actor_id: number | null;
  actor_username: string | null;
}

export interface TransitionEntry extends HistoryBase {
  kind: 'transition';
  action: JobAction;
  from_status: string;
  to_status: string;
  reason: string | null;
}

export interface CommentEntry extends HistoryBase {
  kind: 'comment';
  comment: string;
  comment_markup_type: string;
}

/** GET /api/jobs/{id}/history: transitions and review comments in one list, oldest first. */
export type HistoryEntry = TransitionEntry | CommentEntry;

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

export async function fetchTransitions(id: number | string): Promise<TransitionOption[]> {
  return (await httpClient(`/api/jobs/${id}/transitions`)).json as TransitionOption[];
}

export async function fetchHistory(id: number | string): Promise<HistoryEntry[]> {
  return (await httpClient(`/api/jobs/${id}/history`)).json as HistoryEntry[];
}

/** Moves the job on; row_version makes a decision taken on a stale screen a 409, never a silent overwrite. */
export async function applyTransition(job: Pick<ModeratedJob, 'id' | 'row_version'>, action: JobAction, reason?: string | null): Promise<ModeratedJob> {
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
