import { Dialog } from '@mui/material';
import type { RaRecord } from 'react-admin';
import { ReleaseFileDialogForm } from './ReleaseFileDialogForm';

/** Quick edit of one file without leaving its release; the form remounts for each file opened. */
export function ReleaseFileDialog({ file, onClose }: { file: RaRecord | null; onClose: () => void }) {
  return (
    <Dialog open={file !== null} onClose={onClose} maxWidth="md" fullWidth aria-labelledby="release-file-dialog-title" scroll="paper">
      {file && <ReleaseFileDialogForm key={file.id} file={file} onClose={onClose} />}
    </Dialog>
  );
}
