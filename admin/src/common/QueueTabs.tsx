import { Chip, Divider, Tab, Tabs } from '@mui/material';
import { useGetList, useListContext } from 'react-admin';
import { listLink } from '../dashboard/useDashboard';

/** A queue as a link (the dashboard and Start here use them): the records waiting in `waiting`, oldest first by `sortField`. */
export const queueLink = (resource: string, waiting: string, sortField: string) =>
  listLink(resource, { status: waiting }, [sortField, 'ASC']);

export interface QueueTabsProps {
  resource: string;
  /** The state of the records waiting for a decision. */
  waiting: string;
  /** The field the queue is sorted on, oldest first; the full list shows it newest first. */
  sortField: string;
  labels: { all: string; queue: string; aria: string };
  testId: string;
}

/**
 * "All" and "To review" as two presets of the one list, so the queue keeps the list's search, filters
 * and export. The queue has no age cut-off: the oldest waiting record comes first.
 */
export function QueueTabs({ resource, waiting, sortField, labels, testId }: QueueTabsProps) {
  const { filterValues, displayedFilters, setFilters, setSort } = useListContext();
  const { total } = useGetList(resource, { filter: { status: waiting }, pagination: { page: 1, perPage: 1 } });
  const current = filterValues.status === waiting ? 'queue' : filterValues.status === undefined ? 'all' : false;

  const choose = (tab: 'all' | 'queue') => {
    const { status: _status, ...otherFilters } = filterValues;
    const { status: _shown, ...otherShown } = displayedFilters ?? {};
    // Both changes in one tick: react-admin merges them into one navigation and one request.
    if (tab === 'queue') {
      setFilters({ ...otherFilters, status: waiting }, otherShown);
      setSort({ field: sortField, order: 'ASC' });
    } else {
      setFilters(otherFilters, otherShown);
      setSort({ field: sortField, order: 'DESC' });
    }
  };

  return (
    <>
      <Tabs
        value={current}
        onChange={(_event, tab) => choose(tab)}
        aria-label={labels.aria}
        sx={{ px: 1, minHeight: 48, '& .MuiTab-root': { minHeight: 48 } }}
      >
        <Tab value="all" label={labels.all} />
        <Tab
          value="queue"
          data-testid={testId}
          iconPosition="end"
          icon={<Chip size="small" color={total ? 'warning' : 'default'} label={total ?? '…'} sx={{ ml: 1 }} />}
          label={labels.queue}
        />
      </Tabs>
      <Divider />
    </>
  );
}
