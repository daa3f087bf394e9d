import DeleteSweepIcon from '@mui/icons-material/DeleteSweep';
import { Button } from '@mui/material';
import { useState } from 'react';
import { Confirm, useNotify, useRecordContext, useRefresh, useResourceContext, type HttpError } from 'react-admin';
import { versionedResource } from '../common/versions/versioned';
import { discardDraft } from './draftsApi';

/** Drops the pending draft after a confirmation; the form then shows the live record again. */
export function DiscardDraftButton() {
  const resource = useResourceContext() ?? '';
  const record = useRecordContext();
  const noun = versionedResource(resource)?.noun ?? 'record';
  const notify = useNotify();
  const refresh = useRefresh();
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);
  if (!record) return null;

  const discard = async () => {
    setBusy(true);
    try {
      await discardDraft(resource, record.id);
      notify(`Draft discarded; the form shows the live ${noun}.`, { type: 'info' });
    } catch (error) {
      const http = error as HttpError;
      // 404: someone published or discarded it meanwhile; either way there is none left.
      if (http?.status !== 404) notify(http?.message || 'The draft could not be discarded.', { type: 'error' });
    } finally {
      setBusy(false);
      setConfirming(false);
      refresh();
    }
  };

  return (
    <>
      <Button color="error" startIcon={<DeleteSweepIcon />} onClick={() => setConfirming(true)} disabled={busy}>
        Discard draft
      </Button>
      <Confirm
        isOpen={confirming}
        title="Discard the draft?"
        content={`Its changes are lost; the live ${noun} stays as it is. Unsaved changes in the form are lost too.`}
        confirm="Discard draft"
        loading={busy}
        onConfirm={discard}
        onClose={() => setConfirming(false)}
      />
    </>
  );
}
