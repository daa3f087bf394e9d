import PublishIcon from '@mui/icons-material/Publish';
import { Button, Stack, Typography } from '@mui/material';
import { useState } from 'react';
import { Confirm, type RaRecord } from 'react-admin';
import type { Checklist } from '../../../../server/domain/releaseChecklist';
import { PublishedState } from './PublishedState';
import { PublishOverrideDialog } from './PublishOverrideDialog';
import type { usePublish } from './usePublish';

interface PublishActionsProps {
  release: RaRecord;
  checklist: Checklist | undefined;
  actions: ReturnType<typeof usePublish>;
}

/** "Publish" when the checklist is complete; otherwise a disabled "Publish" and "Publish anyway…" with a reason. */
export function PublishActions({ release, checklist, actions }: PublishActionsProps) {
  const [overriding, setOverriding] = useState(false);
  const [unpublishing, setUnpublishing] = useState(false);
  const { publish, unpublish, busy } = actions;
  if (release.is_published) {
    return (
      <Stack direction="row" sx={{ alignItems: 'center', gap: 1, flexWrap: 'wrap' }}>
        <PublishedState published />
        <Typography variant="body2" color="text.secondary" sx={{ flexGrow: 1 }}>
          Visible on python.org.
        </Typography>
        <Button size="small" onClick={() => setUnpublishing(true)} disabled={busy}>
          Unpublish
        </Button>
        <Confirm
          isOpen={unpublishing}
          title={`Unpublish ${release.name}?`}
          content="It disappears from python.org until it is published again."
          confirm="Unpublish"
          loading={busy}
          onConfirm={async () => {
            await unpublish();
            setUnpublishing(false);
          }}
          onClose={() => setUnpublishing(false)}
        />
      </Stack>
    );
  }
  const missing = checklist?.items.filter((item) => !item.ok) ?? [];
  const ready = checklist?.ready === true;
  return (
    <Stack sx={{ gap: 1 }}>
      <Button variant="contained" startIcon={<PublishIcon />} onClick={() => publish()} disabled={!ready || busy}>
        Publish
      </Button>
      {checklist && !ready && (
        <>
          <Typography variant="caption" color="text.secondary">
            {missing.length === 1 ? 'One item is' : `${missing.length} items are`} missing (crossed above).
          </Typography>
          <Button variant="outlined" color="warning" onClick={() => setOverriding(true)} disabled={busy}>
            Publish anyway…
          </Button>
        </>
      )}
      <PublishOverrideDialog
        open={overriding}
        releaseName={String(release.name)}
        missing={missing}
        busy={busy}
        error={actions.refusal?.message}
        onConfirm={async (reason) => {
          if (await publish(reason)) setOverriding(false);
        }}
        onClose={() => setOverriding(false)}
      />
    </Stack>
  );
}
