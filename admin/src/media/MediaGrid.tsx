import { Box, Typography } from '@mui/material';
import { Loading, useCreatePath, useListContext, useResourceDefinition } from 'react-admin';
import { MediaCard } from './MediaCard';
import type { MediaRecord } from './mediaRecord';

/** The list's page of records as thumbnail cards, each linking to its edit screen (or its show screen for readers). */
export function MediaGrid() {
  const { data, isPending } = useListContext<MediaRecord>();
  const { hasEdit, hasShow } = useResourceDefinition();
  const createPath = useCreatePath();
  if (isPending) return <Loading />;
  if (!data?.length) {
    // react-admin's class for an empty result, as its own lists show it.
    return (
      <Typography className="RaList-noResults" color="text.secondary" sx={{ p: 2 }}>
        No files yet.
      </Typography>
    );
  }
  const type = hasEdit ? 'edit' : hasShow ? 'show' : null;
  return (
    <Box sx={{ display: 'grid', gridTemplateColumns: 'repeat(auto-fill, minmax(200px, 1fr))', gap: 2, p: 2 }}>
      {data.map((record) => (
        <MediaCard key={record.id} record={record} to={type && createPath({ resource: 'media', id: record.id, type })} />
      ))}
    </Box>
  );
}
