import { Box } from '@mui/material';
import { useEffect } from 'react';
import { useListContext } from 'react-admin';
import { FileDropZone } from './FileDropZone';
import { UploadRows } from './UploadRows';
import { useUploads } from './useUploads';

/**
 * Where files enter the library: dropped (several at once), chosen, or pasted images. Each file is
 * uploaded on its own, with its own progress and result; the list is refreshed once a batch settles.
 */
export function MediaUpload() {
  const { refetch } = useListContext();
  const { uploads, start, clearFinished } = useUploads({ onSettled: refetch });

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

  return (
    <Box sx={{ mb: 2 }}>
      <FileDropZone
        testId="media-drop-zone"
        onFiles={start}
        text="Drop files here, or paste an image. Images up to 20 MB, documents up to 50 MB; SVG is not accepted."
      />
      <UploadRows uploads={uploads} clearFinished={clearFinished} />
    </Box>
  );
}
