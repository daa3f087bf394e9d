import { useState } from 'react';
import { useNotify, useRefresh } from 'react-admin';
import type { JobAction } from '../../../../server/domain/jobWorkflow';
import { ACTION_LABELS, transitionErrorMessage } from './jobActions';
import { applyTransition, type ModeratedJob } from './jobWorkflowApi';

/** The updated job, or the refusal's HTTP status (a dialog stays open only for a 422 the moderator can fix). */
export type TransitionOutcome = { job: ModeratedJob; refused?: undefined } | { job?: undefined; refused: number };

/**
 * One moderation call with its feedback: a confirmation on success; on a refusal the server's
 * reason, and after a 409 (someone else was quicker, or the screen was stale) a refresh, so the
 * moderator sees the job as it is now.
 */
export function useJobTransition() {
  const notify = useNotify();
  const refresh = useRefresh();
  const [busy, setBusy] = useState(false);
  const run = async (job: ModeratedJob, action: JobAction, reason?: string | null): Promise<TransitionOutcome> => {
    setBusy(true);
    try {
      const updated = await applyTransition(job, action, reason);
      notify(`${ACTION_LABELS[action].done}: “${job.job_title}”.`, { type: 'success' });
      return { job: updated };
    } catch (error) {
      const status = (error as { status?: number })?.status ?? 0;
      notify(transitionErrorMessage(error, job.job_title), { type: 'error', multiLine: true, autoHideDuration: 8000 });
      if (status === 409) refresh();
      return { refused: status };
    } finally {
      setBusy(false);
    }
  };
  return { run, busy };
}
