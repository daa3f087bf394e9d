import { Box } from '@mui/material';
import { useGetList } from 'react-admin';
import type { FieldChanges } from './releaseImportApi';

const shorten = (text: string) => (text.length > 44 ? `${text.slice(0, 20)}…${text.slice(-20)}` : text);

/** An update's changed fields, current → new; operating systems by name, long values shortened. */
export function ImportChanges({ changes }: { changes: FieldChanges }) {
  // One query for the whole table (react-admin caches it), not one per row.
  const { data: systems } = useGetList('operating-systems', {
    pagination: { page: 1, perPage: 100 },
    sort: { field: 'name', order: 'ASC' },
  });
  const show = (field: string, value: unknown) => {
    if (value === null || value === undefined || value === '') return '∅';
    if (field === 'os_id') return systems?.find((os) => os.id === value)?.name ?? String(value);
    return shorten(typeof value === 'object' ? JSON.stringify(value) : String(value));
  };
  return (
    <>
      {Object.entries(changes).map(([field, change]) => (
        <Box key={field} component="span" sx={{ display: 'block', typography: 'body2', overflowWrap: 'anywhere' }}>
          <b>{field}</b>: {show(field, change.old)} → {show(field, change.new)}
        </Box>
      ))}
    </>
  );
}
