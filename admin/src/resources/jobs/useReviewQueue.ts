import { useDataProvider, useNotify, useRedirect } from 'react-admin';
import { REVIEW_QUEUE_LINK } from './JobQueueTabs';
import type { ModeratedJob } from './jobWorkflowApi';

const OLDEST_FIRST = { field: 'created', order: 'ASC' } as const;

/**
 * Moving through the review queue (status "review", oldest first) from a job's edit screen, so a
 * moderator can clear it without going back to the list each time.
 */
export function useReviewQueue() {
  const dataProvider = useDataProvider();
  const redirect = useRedirect();
  const notify = useNotify();

  /** The oldest waiting job other than `exceptId` (two are asked for: one may be the job itself). */
  const oldestExcept = async (exceptId: number, extraFilter: Record<string, unknown> = {}) => {
    const { data } = await dataProvider.getList<ModeratedJob>('jobs', {
      filter: { status: 'review', ...extraFilter },
      sort: OLDEST_FIRST,
      pagination: { page: 1, perPage: 2 },
    });
    return data.find((job) => job.id !== exceptId) ?? null;
  };

  const open = (job: ModeratedJob) => redirect('edit', 'jobs', job.id);

  /** After approving or rejecting: the oldest job still waiting, or the (empty) queue. */
  const openNextAfterDecision = async (decidedId: number) => {
    const next = await oldestExcept(decidedId).catch(() => null);
    if (next) open(next);
    else redirect(() => REVIEW_QUEUE_LINK);
  };

  /**
   * "Next job" without deciding: the one queued after this, wrapping round to the oldest, so
   * skipped jobs come back instead of the same two alternating.
   */
  const openNextSkipping = async (current: Pick<ModeratedJob, 'id' | 'created' | 'status'>) => {
    try {
      const later = current.status === 'review' ? await oldestExcept(current.id, { created_gt: current.created }) : null;
      const next = later ?? (await oldestExcept(current.id));
      if (next) open(next);
      else notify('No other job is waiting for review.', { type: 'info' });
    } catch (error) {
      notify((error as Error).message || 'The review queue could not be loaded.', { type: 'error' });
    }
  };

  return { openNextAfterDecision, openNextSkipping };
}
