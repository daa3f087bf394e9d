import { Alert, Box, Skeleton, Typography } from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { fetchHistory, workflowKey } from './workflowApi';

const when = (iso: string) => new Date(iso).toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' });
const words = (state: string) => state.replace(/_/g, ' ');

/** A record's steps, oldest first: who took which, from which state to which, and why. */
export function WorkflowHistory({ resource, id, empty = 'No steps yet.' }: { resource: string; id: number; empty?: string }) {
  const { data, error, isPending } = useQuery({
    queryKey: workflowKey(resource, id, 'history'),
    queryFn: () => fetchHistory(resource, id),
  });
  if (isPending) return <Skeleton variant="rounded" height={48} />;
  if (error) return <Alert severity="warning">The history could not be loaded: {(error as Error).message}</Alert>;
  if (!data.length) {
    return (
      <Typography variant="body2" color="text.secondary">
        {empty}
      </Typography>
    );
  }
  return (
    <Box component="ol" sx={{ m: 0, pl: 2.5 }} data-testid={`${resource}-history`}>
      {data.map((entry) =>
        entry.kind === 'transition' ? (
          <Typography component="li" variant="body2" key={`t${entry.id}`} sx={{ mb: 0.5 }}>
            <strong>{entry.action}</strong> ({words(entry.from_status)} → {words(entry.to_status)}) by{' '}
            {entry.actor_username ?? 'the system'}, {when(entry.created)}
            {entry.reason && (
              <Typography component="span" variant="body2" color="text.secondary" sx={{ display: 'block' }}>
                “{entry.reason}”
              </Typography>
            )}
          </Typography>
        ) : (
          <Typography component="li" variant="body2" key={`c${entry.id}`} sx={{ mb: 0.5 }}>
            {entry.actor_username ?? 'Someone'} commented, {when(entry.created)}: {entry.comment}
          </Typography>
        ),
      )}
    </Box>
  );
}
