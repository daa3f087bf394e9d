import HistoryIcon from '@mui/icons-material/History';
import { Box, Button, Drawer, List, ListItem, ListItemText, Typography } from '@mui/material';
import { useState } from 'react';
import { useGetList, useGetMany, useRecordContext, useResourceContext } from 'react-admin';
import { humanize } from './labels';

interface AuditEntry {
  id: number;
  created: string;
  actor_id: number | null;
  token_id: number | null;
  action: 'create' | 'update' | 'delete';
  changes: Record<string, { old?: unknown; new?: unknown }>;
}

const show = (value: unknown) => {
  if (value === undefined || value === null || value === '') return '∅';
  const text = typeof value === 'string' ? value : JSON.stringify(value);
  return text.length > 80 ? `${text.slice(0, 77)}…` : text;
};

function History({ resource, id }: { resource: string; id: number }) {
  const { data, isPending, error } = useGetList<AuditEntry>('audit-log', {
    filter: { resource, record_id: id },
    sort: { field: 'created', order: 'DESC' },
    pagination: { page: 1, perPage: 100 },
  });
  const actorIds = [...new Set((data ?? []).map((e) => e.actor_id).filter((a): a is number => a !== null))];
  const { data: actors } = useGetMany('users', { ids: actorIds }, { enabled: actorIds.length > 0 });
  const nameOf = (actorId: number | null) =>
    actorId === null ? 'the system' : (actors?.find((a) => a.id === actorId)?.username ?? `user #${actorId}`);
  if (isPending) return <Typography>Loading…</Typography>;
  if (error) return <Typography color="error">The history could not be loaded: {(error as Error).message}</Typography>;
  if (!data?.length) return <Typography>No recorded changes.</Typography>;
  return (
    <List dense data-testid="record-history">
      {data.map((entry) => (
        <ListItem key={entry.id} alignItems="flex-start" divider>
          <ListItemText
            primary={`${humanize(entry.action)}d by ${nameOf(entry.actor_id)}${entry.token_id ? ' (API token)' : ''}`}
            secondary={
              <>
                <Box component="span" sx={{ display: 'block', typography: 'caption' }}>
                  {new Date(entry.created).toLocaleString()}
                </Box>
                {Object.entries(entry.changes).map(([field, change]) => (
                  <Box component="span" sx={{ display: 'block', typography: 'body2' }} key={field}>
                    <b>{humanize(field)}</b>:{' '}
                    {entry.action === 'update' ? `${show(change.old)} → ${show(change.new)}` : show(change.new ?? change.old)}
                  </Box>
                ))}
              </>
            }
          />
        </ListItem>
      ))}
    </List>
  );
}

/** Who changed this record, when, and what: the audit log, read through the API like everything else. */
export function HistoryButton() {
  const record = useRecordContext();
  const resource = useResourceContext();
  const [open, setOpen] = useState(false);
  if (!record || !resource) return null;
  return (
    <>
      <Button size="small" startIcon={<HistoryIcon />} onClick={() => setOpen(true)}>
        History
      </Button>
      <Drawer anchor="right" open={open} onClose={() => setOpen(false)}>
        <Box sx={{ width: 420, p: 2 }}>
          <Typography variant="h6" gutterBottom>
            History
          </Typography>
          {open && <History resource={resource} id={Number(record.id)} />}
        </Box>
      </Drawer>
    </>
  );
}
