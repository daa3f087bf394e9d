import { Stack } from '@mui/material';
import { SaveButton } from 'react-admin';
import { DiscardDraftButton } from './DiscardDraftButton';
import { PublishDraftButton } from './PublishDraftButton';
import { SaveWithDraftOption } from './SaveWithDraftOption';
import { useDraftMode } from './useDraftMode';

/**
 * The form's save buttons. A live record of a versioned resource saves as always, with a draft on
 * offer; while its draft is pending, saves go to the draft (the form's submit, see RecordForm),
 * beside Publish and Discard draft.
 */
export function FormSaveButtons({ disabled }: { disabled?: boolean }) {
  const mode = useDraftMode();
  if (mode === 'live') return <SaveWithDraftOption />;
  if (mode === 'draft')
    return (
      <Stack direction="row" sx={{ gap: 1, alignItems: 'center', flexWrap: 'wrap' }}>
        <SaveButton label="Save draft" />
        <PublishDraftButton />
        <DiscardDraftButton />
      </Stack>
    );
  return <SaveButton disabled={disabled} />;
}
