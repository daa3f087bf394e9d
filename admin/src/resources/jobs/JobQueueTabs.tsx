import { Chip, Divider, Tab, Tabs } from '@mui/material';
import { useGetList, useListContext } from 'react-admin';

/** The review queue as a link (the dashboard uses the same one): jobs awaiting review, oldest first. */
export const REVIEW_QUEUE_LINK = `/jobs?filter=${encodeURIComponent(JSON.stringify({ status: 'review' }))}&order=ASC&sort=created`;

/**
 * "All jobs" and "To review" as two presets of the one jobs list, so the queue keeps the list's
 * search, filters and export. The queue has no age cut-off: the oldest posting comes first.
 */
export function JobQueueTabs() {
  const { filterValues, displayedFilters, setFilters, setSort } = useListContext();
  const { total: waiting } = useGetList('jobs', { filter: { status: 'review' }, pagination: { page: 1, perPage: 1 } });
  const current = filterValues.status === 'review' ? 'review' : filterValues.status === undefined ? 'all' : false;

  const choose = (tab: 'all' | 'review') => {
    const { status: _status, ...otherFilters } = filterValues;
    const { status: _shown, ...otherShown } = displayedFilters ?? {};
    // Both changes in one tick: react-admin merges them into one navigation and one request.
    if (tab === 'review') {
      setFilters({ ...otherFilters, status: 'review' }, otherShown);
      setSort({ field: 'created', order: 'ASC' });
    } else {
      setFilters(otherFilters, otherShown);
      setSort({ field: 'created', order: 'DESC' });
    }
  };

  return (
    <>
      <Tabs
        value={current}
        onChange={(_event, tab) => choose(tab)}
        aria-label="Job lists"
        sx={{ px: 1, minHeight: 48, '& .MuiTab-root': { minHeight: 48 } }}
      >
        <Tab value="all" label="All jobs" />
        <Tab
          value="review"
          data-testid="review-queue-tab"
          iconPosition="end"
          icon={<Chip size="small" color={waiting ? 'warning' : 'default'} label={waiting ?? '…'} sx={{ ml: 1 }} />}
          label="To review"
        />
      </Tabs>
      <Divider />
    </>
  );
}
