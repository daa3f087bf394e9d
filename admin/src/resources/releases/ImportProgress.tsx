import { Box, LinearProgress, Typography } from '@mui/material';
import { useElapsed } from './useElapsed';

/**
 * The server answers only when the whole manifest is checked or applied (one transaction), so the bar
 * is indeterminate; the rows and the seconds say how big the job is and that it is still running.
 */
export function ImportProgress({ applying, rows, since }: { applying: boolean; rows: number; since: number }) {
  const seconds = useElapsed(since, true);
  const what = `${rows.toLocaleString('en')} ${rows === 1 ? 'row' : 'rows'}`;
  return (
    <Box role="status" aria-live="polite" sx={{ my: 2 }} data-testid="import-progress">
      <LinearProgress aria-label={applying ? 'Importing' : 'Checking'} />
      <Typography variant="body2" color="text.secondary" sx={{ mt: 1 }}>
        {applying ? `Importing ${what} in one transaction…` : `Checking ${what}…`} {seconds.toFixed(1)} s
      </Typography>
    </Box>
  );
}
