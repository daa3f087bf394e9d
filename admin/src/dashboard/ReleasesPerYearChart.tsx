import { Card, CardContent, CardHeader, useTheme } from '@mui/material';
import { BarChart } from '@mui/x-charts/BarChart';
import type { DashboardData } from './useDashboard';

/** Releases by year of their release date. */
export default function ReleasesPerYearChart({ data }: { data: DashboardData['releases_per_year'] }) {
  const theme = useTheme();
  return (
    <Card sx={{ flex: '1 1 360px' }}>
      <CardHeader title="Releases per year" subheader="By release date" />
      <CardContent>
        <BarChart
          height={300}
          dataset={data}
          xAxis={[{ scaleType: 'band', dataKey: 'year', valueFormatter: (y: number) => String(y) }]}
          series={[{ dataKey: 'count', label: 'Releases', color: theme.palette.primary.main }]}
          hideLegend
        />
      </CardContent>
    </Card>
  );
}
