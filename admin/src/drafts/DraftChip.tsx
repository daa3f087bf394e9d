import { Chip } from '@mui/material';
import { useRecordContext } from 'react-admin';
import { draftAuthor } from './draftAuthor';
import type { EditorialFields } from './draftsApi';

/** "Draft pending" beside a list row's title when the record has a draft; nothing otherwise. */
export function DraftChip(_props: { label?: string }) {
  const record = useRecordContext<EditorialFields>();
  if (!record?.has_draft) return null;
  return (
    <Chip
      size="small"
      color="warning"
      variant="outlined"
      label="Draft pending"
      title={`Draft by ${draftAuthor(record.draft)}`}
      sx={{ ml: 1 }}
      data-testid="draft-chip"
    />
  );
}
