import { Alert, Card, Skeleton, Tab, TablePagination, Tabs, Typography } from '@mui/material';
import { useState } from 'react';
import { Title } from 'react-admin';
import { useSearchParams } from 'react-router-dom';
import { SCHEDULE_STATUSES, type ScheduleStatus } from './scheduleApi';
import { ScheduleTable } from './ScheduleTable';
import { useSchedule } from './useSchedule';

const PER_PAGE = 25;
const TABS: Record<ScheduleStatus, { label: string; empty: string }> = {
  pending: { label: 'Upcoming', empty: 'Nothing is scheduled.' },
  failed: { label: 'Failed', empty: 'No scheduled publication has failed.' },
  done: { label: 'Done', empty: 'No scheduled publication has run yet.' },
};

/**
 * Scheduled publishing across the versioned resources: upcoming first, then the failed ones (with
 * why) and those done; `?status=failed` opens that tab (the dashboard links there).
 */
export function SchedulePage() {
  const [params, setParams] = useSearchParams();
  const asked = params.get('status') as ScheduleStatus | null;
  const status: ScheduleStatus = asked && SCHEDULE_STATUSES.includes(asked) ? asked : 'pending';
  const [page, setPage] = useState(0);
  const { data, error, isPending } = useSchedule(status, page, PER_PAGE);
  const choose = (next: ScheduleStatus) => {
    setPage(0);
    setParams(next === 'pending' ? {} : { status: next });
  };
  return (
    <Card sx={{ mt: 2 }}>
      <Title title="Scheduled publishing" />
      <Tabs value={status} onChange={(_event, next: ScheduleStatus) => choose(next)} aria-label="Status">
        {SCHEDULE_STATUSES.map((s) => (
          <Tab key={s} value={s} label={TABS[s].label} />
        ))}
      </Tabs>
      {error && <Alert severity="warning">The schedule could not be loaded: {(error as Error).message}</Alert>}
      {isPending && <Skeleton variant="rounded" height={160} sx={{ m: 2 }} />}
      {data && data.total === 0 && (
        <Typography color="text.secondary" sx={{ p: 2 }}>
          {TABS[status].empty}
        </Typography>
      )}
      {data && data.total > 0 && (
        <>
          <ScheduleTable entries={data.entries} />
          <TablePagination
            component="div"
            count={data.total}
            page={page}
            rowsPerPage={PER_PAGE}
            rowsPerPageOptions={[PER_PAGE]}
            onPageChange={(_event, next) => setPage(next)}
          />
        </>
      )}
    </Card>
  );
}
