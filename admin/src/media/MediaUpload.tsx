import CloudUploadIcon from '@mui/icons-material/CloudUpload';
import { Box, Button, Paper, Typography } from '@mui/material';
import { useEffect, useRef, useState, type DragEvent } from 'react';
import { useListContext } from 'react-admin';
import { UploadRow } from './UploadRow';
import { useUploads } from './useUploads';

/**
 * Where files enter the library: dropped (several at once), chosen, or pasted images. Each file is
 * uploaded on its own, with its own progress and result; the list is refreshed once a batch settles.
 */
export function MediaUpload() {
  const { refetch } = useListContext();
  const { uploads, start, clearFinished } = useUploads(refetch);
  const [over, setOver] = useState(false);
  const input = useRef<HTMLInputElement>(null);

  useEffect(() => {
    // Pasting anywhere on the screen, except into a text field (the search box).
    const onPaste = (e: ClipboardEvent) => {
      if (e.target instanceof HTMLInputElement || e.target instanceof HTMLTextAreaElement) return;
      const images = Array.from(e.clipboardData?.files ?? []).filter((f) => f.type.startsWith('image/'));
      if (!images.length) return;
      e.preventDefault();
      start(images);
    };
    window.addEventListener('paste', onPaste);
    return () => window.removeEventListener('paste', onPaste);
  }, [start]);

  const onDrag = (e: DragEvent) => {
    e.preventDefault();
    setOver(true);
  };
  const onDrop = (e: DragEvent) => {
    e.preventDefault();
    setOver(false);
    start(Array.from(e.dataTransfer.files));
  };

  return (
    <Box sx={{ mb: 2 }}>
      <Paper
        variant="outlined"
        data-testid="media-drop-zone"
        onDragEnter={onDrag}
        onDragOver={onDrag}
        onDragLeave={() => setOver(false)}
        onDrop={onDrop}
        sx={{
          p: 3,
          display: 'flex',
          alignItems: 'center',
          gap: 2,
          borderStyle: 'dashed',
          borderWidth: 2,
          borderColor: over ? 'primary.main' : 'divider',
          bgcolor: over ? 'action.hover' : undefined,
        }}
      >
        <CloudUploadIcon color="action" fontSize="large" />
        <Typography sx={{ flex: 1 }}>
          Drop files here, or paste an image. Images up to 20 MB, documents up to 50 MB; SVG is not accepted.
        </Typography>
        <Button variant="contained" onClick={() => input.current?.click()}>
          Choose files
        </Button>
        <input
          ref={input}
          type="file"
          multiple
          hidden
          onChange={(e) => {
            start(Array.from(e.target.files ?? []));
            e.target.value = '';
          }}
        />
      </Paper>
      {uploads.length > 0 && (
        <Box sx={{ mt: 1 }} aria-label="Uploads">
          {uploads.map((u) => (
            <UploadRow key={u.key} upload={u} />
          ))}
          {uploads.some((u) => u.state !== 'uploading') && (
            <Button size="small" onClick={clearFinished}>
              Clear finished
            </Button>
          )}
        </Box>
      )}
    </Box>
  );
}
