import { Button, Card, CardActions, CardContent, CardHeader, List, ListItemButton, ListItemText } from '@mui/material';
import { Link } from 'react-router-dom';
import { showInstant } from '../drafts/localTime';
import type { ScheduleEntry } from '../schedule/scheduleApi';

const headline = (entry: ScheduleEntry) =>
  `${entry.action === 'publish' ? 'Publish' : 'Unpublish'} ${entry.label ?? `#${entry.record_id}`} · ${showInstant(entry.run_at)}`;

/** The scheduled publications that failed, each with the server's reason, linking to its record. */
export function FailedPublications({ entries, total }: { entries: ScheduleEntry[]; total: number }) {
  return (
    <Card sx={{ flex: '1 1 360px' }} data-testid="failed-publications">
      <CardHeader title="Scheduled publishing failed" subheader="These did not go live (or off) when planned" />
      <CardContent sx={{ py: 0 }}>
        <List dense>
          {entries.map((entry) => (
            <ListItemButton key={entry.id} component={Link} to={`/${entry.resource}/${entry.record_id}`} alignItems="flex-start">
              <ListItemText
                primary={headline(entry)}
                secondary={entry.reason ?? 'No reason given.'}
                slotProps={{ secondary: { color: 'error' } }}
              />
            </ListItemButton>
          ))}
        </List>
      </CardContent>
      {total > entries.length && (
        <CardActions>
          <Button component={Link} to="/schedule?status=failed" size="small">
            All {total} failed
          </Button>
        </CardActions>
      )}
    </Card>
  );
}
