import { Alert } from '@mui/material';
import { useRecordContext } from 'react-admin';

/** An imported event that its calendar's feed no longer has: kept, unpublished, and said so. */
export function RemovedAtSource() {
  const event = useRecordContext<{ uid: string | null; removed_at_source: string | null }>();
  if (!event?.removed_at_source) return null;
  return (
    <Alert severity="warning" sx={{ mb: 2, width: '100%' }}>
      This event left its calendar's feed on {new Date(event.removed_at_source).toLocaleString()} and was unpublished. It is kept with your
      edits; publish it again or delete it.
    </Alert>
  );
}
