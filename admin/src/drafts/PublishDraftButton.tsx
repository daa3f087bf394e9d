import PublishIcon from '@mui/icons-material/Publish';
import { Box, Button, Tooltip } from '@mui/material';
import { useState } from 'react';
import { useNotify, useRecordContext, useRefresh, useResourceContext, type HttpError } from 'react-admin';
import { useFormContext, useFormState } from 'react-hook-form';
import { versionedResource } from '../common/versions/versioned';
import { publishRecord } from './draftsApi';

/**
 * Puts the saved draft live, with the form's version comment if one is typed. Unsaved edits would
 * not go with it (the draft as saved is what the server publishes), so then it waits for a save.
 */
export function PublishDraftButton() {
  const resource = useResourceContext() ?? '';
  const record = useRecordContext();
  const noun = versionedResource(resource)?.noun ?? 'record';
  const form = useFormContext();
  const { dirtyFields } = useFormState();
  const notify = useNotify();
  const refresh = useRefresh();
  const [busy, setBusy] = useState(false);
  const unsaved = Object.keys(dirtyFields).some((field) => field !== 'version_comment');
  if (!record) return null;

  const publish = async () => {
    setBusy(true);
    try {
      const comment = form.getValues('version_comment') as string | undefined;
      await publishRecord(resource, record.id, Number(record.row_version), comment || undefined);
      notify(`Published: the ${noun} now shows the draft's changes.`, { type: 'success' });
      refresh();
    } catch (error) {
      const http = error as HttpError;
      if (http?.status === 409 && typeof http.body?.row_version === 'number') {
        notify(`Someone else changed this ${noun} or its draft since you loaded it; it has been reloaded. Check it and publish again.`, {
          type: 'warning',
        });
        refresh();
      } else notify(http?.message || 'The draft could not be published.', { type: 'error' });
    } finally {
      setBusy(false);
    }
  };

  return (
    <Tooltip title={unsaved ? 'Save the draft first: what is published is the draft as saved.' : ''}>
      {/* A disabled button gets no pointer events: the span shows why. */}
      <Box component="span">
        <Button variant="outlined" color="success" startIcon={<PublishIcon />} onClick={publish} disabled={busy || unsaved}>
          Publish
        </Button>
      </Box>
    </Tooltip>
  );
}
