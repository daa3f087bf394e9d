import { queueLink, QueueTabs } from '../../common/QueueTabs';

/** The sponsorship review queue as a link (the dashboard uses it): applications awaiting a decision, oldest first. */
export const SPONSORSHIP_QUEUE_LINK = queueLink('sponsorships', 'applied', 'applied_on');

/** "All sponsorships" and "To review": the sponsorship team's queue of applications. */
export function SponsorshipQueueTabs() {
  return (
    <QueueTabs
      resource="sponsorships"
      waiting="applied"
      sortField="applied_on"
      labels={{ all: 'All sponsorships', queue: 'To review', aria: 'Sponsorship lists' }}
      testId="sponsorship-queue-tab"
    />
  );
}
