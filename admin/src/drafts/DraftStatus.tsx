import { Alert, Chip, Stack, Typography } from '@mui/material';
import { useRecordContext, useResourceContext } from 'react-admin';
import { versionedResource } from '../common/versions/versioned';
import { draftAuthor } from './draftAuthor';
import type { EditorialFields } from './draftsApi';
import { showInstant } from './localTime';

/** Above the edit form of a record with a pending draft: whose it is, from when, and that the form shows it, not the live record. */
export function DraftStatus() {
  const record = useRecordContext<EditorialFields & { id: number }>();
  const noun = versionedResource(useResourceContext())?.noun ?? 'record';
  if (!record?.has_draft) return null;
  const { draft } = record;
  return (
    <Alert severity="warning" icon={false} role="status" sx={{ width: '100%', mb: 1 }} data-testid="draft-status">
      <Stack direction="row" sx={{ gap: 1, alignItems: 'center', flexWrap: 'wrap' }}>
        <Chip label="Draft pending" color="warning" size="small" />
        <Typography variant="body2">
          Saved by {draftAuthor(draft)}
          {draft?.updated ? ` on ${showInstant(draft.updated)}` : ''}. The form shows the draft; the live {noun} stays as it is until the
          draft is published.
        </Typography>
      </Stack>
    </Alert>
  );
}
