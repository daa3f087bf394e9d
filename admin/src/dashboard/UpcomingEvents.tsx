import { Card, CardContent, CardHeader, List, ListItemButton, ListItemText, Typography } from '@mui/material';
import { useMemo } from 'react';
import { useGetList, useGetMany } from 'react-admin';
import { Link } from 'react-router-dom';

/** The next few dated occurrences, each linking to its event. */
export function UpcomingEvents() {
  const now = useMemo(() => new Date().toISOString(), []);
  const { data: dates } = useGetList('occurring-rules', {
    filter: { dt_start_gte: now },
    sort: { field: 'dt_start', order: 'ASC' },
    pagination: { page: 1, perPage: 5 },
  });
  const ids = [...new Set((dates ?? []).map((d) => d.event_id as number))];
  const { data: events } = useGetMany('events', { ids }, { enabled: ids.length > 0 });
  return (
    <Card sx={{ flex: '1 1 360px' }}>
      <CardHeader title="Coming up" subheader="The next dated events" />
      <CardContent>
        {dates?.length === 0 && <Typography color="text.secondary">No dated events ahead.</Typography>}
        <List dense>
          {(dates ?? []).map((d) => (
            <ListItemButton key={d.id} component={Link} to={`/events/${d.event_id}`}>
              <ListItemText
                primary={events?.find((e) => e.id === d.event_id)?.title ?? '…'}
                secondary={new Date(d.dt_start).toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' })}
              />
            </ListItemButton>
          ))}
        </List>
      </CardContent>
    </Card>
  );
}
