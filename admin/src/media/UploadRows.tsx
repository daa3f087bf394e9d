import { Box, Button } from '@mui/material';
import { UploadRow } from './UploadRow';
import type { Upload } from './useUploads';

/** The files of recent uploads, one row each, with a way to clear the finished ones. */
export function UploadRows({ uploads, clearFinished }: { uploads: Upload[]; clearFinished: () => void }) {
  if (!uploads.length) return null;
  return (
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
  );
}
