import { Chip, Link, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import { Link as RouterLink } from 'react-router-dom';
import { showInstant } from '../drafts/localTime';
import { registry } from '../resources';
import type { ScheduleEntry } from './scheduleApi';
import { ScheduleStatusChip } from './ScheduleStatusChip';

const singular = (resource: string) => registry.find((r) => r.name === resource)?.singular ?? resource;

/** Scheduled publications, each linking to its record's edit screen; a failed one says why. */
export function ScheduleTable({ entries }: { entries: ScheduleEntry[] }) {
  return (
    <Table size="small" data-testid="schedule-table">
      <TableHead>
        <TableRow>
          <TableCell>When</TableCell>
          <TableCell>Action</TableCell>
          <TableCell>Record</TableCell>
          <TableCell>Status</TableCell>
          <TableCell>Scheduled by</TableCell>
        </TableRow>
      </TableHead>
      <TableBody>
        {entries.map((entry) => (
          <TableRow key={entry.id} data-status={entry.status}>
            <TableCell sx={{ whiteSpace: 'nowrap' }}>{showInstant(entry.run_at)}</TableCell>
            <TableCell>
              <Chip size="small" label={entry.action === 'publish' ? 'Publish' : 'Unpublish'} />
            </TableCell>
            <TableCell>
              <Typography variant="caption" color="text.secondary" component="div">
                {singular(entry.resource)}
              </Typography>
              <Link component={RouterLink} to={`/${entry.resource}/${entry.record_id}`}>
                {entry.label ?? `#${entry.record_id}`}
              </Link>
            </TableCell>
            <TableCell>
              <ScheduleStatusChip status={entry.status} />
              {entry.reason && (
                <Typography variant="body2" color="error" sx={{ mt: 0.5 }}>
                  {entry.reason}
                </Typography>
              )}
            </TableCell>
            <TableCell>{entry.author ?? '—'}</TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
