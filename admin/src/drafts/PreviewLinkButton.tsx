import LinkIcon from '@mui/icons-material/Link';
import { Button } from '@mui/material';
import { useState } from 'react';
import { useNotify, useRecordContext, useResourceContext, type HttpError } from 'react-admin';
import { createPreviewLink, type EditorialFields, type PreviewLink } from './draftsApi';
import { showInstant } from './localTime';
import { PreviewLinkDialog } from './PreviewLinkDialog';

/** A signed link to the draft (or, without one, the live record) rendered, copied for sharing with someone not signed in. */
export function PreviewLinkButton() {
  const resource = useResourceContext() ?? '';
  const record = useRecordContext<EditorialFields & { id: number }>();
  const notify = useNotify();
  const [busy, setBusy] = useState(false);
  const [shown, setShown] = useState<PreviewLink | null>(null);
  if (!record) return null;
  const what = record.has_draft ? 'draft' : 'live version';

  const copy = async () => {
    setBusy(true);
    try {
      const link = await createPreviewLink(resource, record.id, Boolean(record.has_draft));
      try {
        await navigator.clipboard.writeText(link.url);
        notify(`Preview link copied: it shows the ${what} until ${showInstant(link.expires)}.`, { type: 'success' });
      } catch {
        // No clipboard (an insecure origin, a refused permission): the link is shown instead.
        setShown(link);
      }
    } catch (error) {
      notify((error as HttpError)?.message || 'The preview link could not be made.', { type: 'error' });
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      <Button size="small" startIcon={<LinkIcon />} onClick={copy} disabled={busy}>
        Copy preview link
      </Button>
      <PreviewLinkDialog link={shown} onClose={() => setShown(null)} />
    </>
  );
}
