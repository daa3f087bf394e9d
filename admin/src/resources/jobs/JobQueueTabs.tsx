import { queueLink, QueueTabs } from '../../common/QueueTabs';

/** The review queue as a link (the dashboard uses the same one): jobs awaiting review, oldest first. */
export const REVIEW_QUEUE_LINK = queueLink('jobs', 'review', 'created');

/** "All jobs" and "To review": the moderators' queue. */
export function JobQueueTabs() {
  return (
    <QueueTabs
      resource="jobs"
      waiting="review"
      sortField="created"
      labels={{ all: 'All jobs', queue: 'To review', aria: 'Job lists' }}
      testId="review-queue-tab"
    />
  );
}
