import { Box, Button, Card, CardContent, TextField } from '@mui/material';
import { useState } from 'react';
import { useCreate, useNotify, useUpdate } from 'react-admin';
import { variantUrl, type MediaRecord } from '../../media/mediaRecord';

/**
 * An image uploaded or chosen for the page that has no alt text yet: the page takes it once it says
 * what it shows (the server refuses an image on a page without alt text).
 */
export function PendingImageCard({ record, pageId, onDone }: { record: MediaRecord; pageId: number; onDone: (added: boolean) => void }) {
  const [alt, setAlt] = useState(record.alt ?? '');
  const [update] = useUpdate<MediaRecord>();
  const [create] = useCreate();
  const [busy, setBusy] = useState(false);
  const notify = useNotify();
  const add = async () => {
    setBusy(true);
    try {
      if (alt.trim() !== (record.alt ?? '')) {
        await update(
          'media',
          { id: record.id, data: { alt: alt.trim(), row_version: record.row_version }, previousData: record },
          { mutationMode: 'pessimistic', returnPromise: true },
        );
      }
      await create('page-images', { data: { page_id: pageId, media_id: record.id } }, { returnPromise: true });
      onDone(true);
    } catch (error) {
      notify((error as Error).message, { type: 'error' });
      setBusy(false);
    }
  };
  return (
    <Card variant="outlined" data-testid="pending-page-image" sx={{ borderColor: 'warning.main' }}>
      <Box
        component="img"
        src={variantUrl(record, 'thumb')}
        alt=""
        sx={{ display: 'block', width: '100%', height: 150, objectFit: 'contain', bgcolor: 'action.hover' }}
      />
      <CardContent>
        <TextField
          label={`Alt text for ${record.original_name}`}
          size="small"
          fullWidth
          required
          value={alt}
          onChange={(e) => setAlt(e.target.value)}
          onKeyDown={(e) => {
            if (e.key === 'Enter' && alt.trim()) {
              e.preventDefault();
              void add();
            }
          }}
          helperText="What the image shows, for people who cannot see it."
          slotProps={{ htmlInput: { maxLength: 500 } }}
        />
        <Box sx={{ display: 'flex', gap: 1, mt: 1 }}>
          <Button variant="contained" size="small" disabled={!alt.trim() || busy} onClick={() => void add()}>
            Add to page
          </Button>
          <Button size="small" color="inherit" disabled={busy} onClick={() => onDone(false)}>
            Leave out
          </Button>
        </Box>
      </CardContent>
    </Card>
  );
}
