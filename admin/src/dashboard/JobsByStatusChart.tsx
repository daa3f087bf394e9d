import { Card, CardContent, CardHeader } from '@mui/material';
import { BarChart } from '@mui/x-charts/BarChart';
import { JOB_STATUSES } from '../../../server/domain/enums';
import type { DashboardData } from './useDashboard';

// Colours that read as the status means: waiting amber, good green, bad red, finished greys.
const COLOURS: Record<string, string> = {
  draft: '#90a4ae',
  review: '#ffb300',
  approved: '#43a047',
  rejected: '#e53935',
  archived: '#5c6bc0',
  removed: '#6d4c41',
  expired: '#bdbdbd',
};

const monthLabel = (month: string) =>
  new Date(`${month}-01T00:00:00Z`).toLocaleString(undefined, { month: 'short', year: '2-digit', timeZone: 'UTC' });

/** New job postings per month over the last year, stacked by where they stand now. */
export default function JobsByStatusChart({ data }: { data: DashboardData['jobs_by_status'] }) {
  return (
    <Card sx={{ flex: '2 1 520px' }}>
      <CardHeader title="Job postings by month" subheader="Postings created each month, by their current status" />
      <CardContent>
        <BarChart
          height={300}
          dataset={data}
          xAxis={[{ scaleType: 'band', dataKey: 'month', valueFormatter: monthLabel }]}
          series={JOB_STATUSES.map((s) => ({ dataKey: s.id, label: s.name, stack: 'status', color: COLOURS[s.id] }))}
          slotProps={{ legend: { direction: 'horizontal', position: { vertical: 'bottom', horizontal: 'center' } } }}
        />
      </CardContent>
    </Card>
  );
}
