import EventIcon from '@mui/icons-material/Event';
import HandshakeIcon from '@mui/icons-material/Handshake';
import RocketLaunchIcon from '@mui/icons-material/RocketLaunch';
import ScheduleIcon from '@mui/icons-material/Schedule';
import WorkIcon from '@mui/icons-material/Work';
import { Alert, Box, Typography } from '@mui/material';
import { lazy, Suspense, useMemo } from 'react';
import { Title, useGetIdentity } from 'react-admin';
import { useSchedule, useSchedules } from '../schedule/useSchedule';
import { AttentionCard } from './AttentionCard';
import { FailedPublications } from './FailedPublications';
import { HealthLine } from './HealthLine';
import { IntegrationProblems } from './IntegrationProblems';
import { StartHere } from './StartHere';
import { UpcomingEvents } from './UpcomingEvents';
import { REVIEW_QUEUE_LINK } from '../resources/jobs/JobQueueTabs';
import { SPONSORSHIP_QUEUE_LINK } from '../resources/sponsorships/SponsorshipQueueTabs';
import { listLink, useDashboard } from './useDashboard';

// The charting library is big and only the dashboard needs it: its own chunk, loaded after the numbers.
const JobsByStatusChart = lazy(() => import('./JobsByStatusChart'));
const ReleasesPerYearChart = lazy(() => import('./ReleasesPerYearChart'));

/** What needs attention, with counts linking to the filtered lists, and the trends worth a picture. */
export function Dashboard() {
  const { identity } = useGetIdentity();
  const { data, error } = useDashboard();
  const now = useMemo(() => new Date().toISOString(), []);
  const schedules = useSchedules();
  const { data: failed } = useSchedule('failed', 0, 5, schedules);
  return (
    <Box sx={{ mt: 2, display: 'flex', flexDirection: 'column', gap: 2 }}>
      <Title title="Dashboard" />
      <Typography variant="h5">Welcome{identity?.fullName ? `, ${identity.fullName}` : ''}</Typography>
      <StartHere />
      <IntegrationProblems />
      {error && <Alert severity="info">{(error as Error).message}</Alert>}
      {data && (
        <>
          <Box sx={{ display: 'flex', flexWrap: 'wrap', gap: 2 }}>
            <AttentionCard
              testId="attention-jobs"
              icon={<WorkIcon />}
              count={data.attention.jobs_in_review}
              label="jobs awaiting review"
              to={REVIEW_QUEUE_LINK}
            />
            <AttentionCard
              testId="attention-releases"
              icon={<RocketLaunchIcon />}
              count={data.attention.releases_unpublished}
              label="releases not yet published"
              to={listLink('releases', { is_published: false }, ['release_date', 'DESC'])}
            />
            <AttentionCard
              testId="attention-sponsorships"
              icon={<HandshakeIcon />}
              count={data.attention.sponsorships_to_review}
              label="sponsorship applications to review"
              to={SPONSORSHIP_QUEUE_LINK}
            />
            <AttentionCard
              testId="attention-events"
              icon={<EventIcon />}
              count={data.attention.upcoming_events}
              label="events with dates ahead"
              to={listLink('occurring-rules', { dt_start_gte: now }, ['dt_start', 'ASC'])}
            />
            {schedules && (
              <AttentionCard
                testId="attention-schedule"
                icon={<ScheduleIcon />}
                count={failed?.total}
                label="scheduled publications failed"
                to="/schedule?status=failed"
              />
            )}
          </Box>
          {failed && failed.total > 0 && (
            <Box sx={{ display: 'flex' }}>
              <FailedPublications entries={failed.entries} total={failed.total} />
            </Box>
          )}
          <Suspense fallback={<Typography color="text.secondary">Loading charts…</Typography>}>
            <Box sx={{ display: 'flex', flexWrap: 'wrap', gap: 2 }}>
              <JobsByStatusChart data={data.jobs_by_status} />
              <ReleasesPerYearChart data={data.releases_per_year} />
            </Box>
          </Suspense>
          <Box sx={{ display: 'flex', flexWrap: 'wrap', gap: 2 }}>
            <UpcomingEvents />
          </Box>
        </>
      )}
      <HealthLine />
    </Box>
  );
}
