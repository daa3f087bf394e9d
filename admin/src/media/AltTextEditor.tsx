import { Box, Button, TextField } from '@mui/material';
import { useState } from 'react';
import { useNotify, useUpdate } from 'react-admin';
import type { MediaRecord } from './mediaRecord';

/**
 * A library image's alt text, edited in place and saved to the media record (so every page showing
 * the image says the same). Saved on Enter, on leaving the field, or with the button.
 */
export function AltTextEditor({
  record,
  required,
  onSaved,
}: {
  record: MediaRecord;
  required?: boolean;
  onSaved?: (r: MediaRecord) => void;
}) {
  const [text, setText] = useState(record.alt ?? '');
  const [update, { isPending }] = useUpdate<MediaRecord>();
  const notify = useNotify();
  // The record's alt changed elsewhere (a save here, another screen): show it (React's "adjust state on a prop change").
  const [shownAlt, setShownAlt] = useState(record.alt);
  if (shownAlt !== record.alt) {
    setShownAlt(record.alt);
    setText(record.alt ?? '');
  }
  const changed = text.trim() !== (record.alt ?? '');
  const missing = required && !text.trim();
  const save = () => {
    if (!changed || isPending) return;
    update(
      'media',
      { id: record.id, data: { alt: text.trim(), row_version: record.row_version }, previousData: record },
      {
        mutationMode: 'pessimistic',
        onSuccess: (saved) => onSaved?.(saved),
        onError: (error) => notify((error as Error).message, { type: 'error' }),
      },
    );
  };
  return (
    <Box sx={{ display: 'flex', flexWrap: 'wrap', gap: 1, alignItems: 'flex-start', width: '100%' }}>
      <TextField
        label="Alt text"
        size="small"
        value={text}
        onChange={(e) => setText(e.target.value)}
        onBlur={save}
        onKeyDown={(e) => {
          if (e.key === 'Enter') {
            e.preventDefault();
            save();
          }
        }}
        error={missing}
        helperText={missing ? 'Required: what the image shows, for people who cannot see it.' : 'Shared by every page showing this image.'}
        slotProps={{ htmlInput: { maxLength: 500 } }}
        sx={{ flex: '1 1 220px' }}
      />
      <Button onClick={save} disabled={!changed || isPending} sx={{ mt: 0.5 }}>
        Save alt
      </Button>
    </Box>
  );
}
