import UploadFileIcon from '@mui/icons-material/UploadFile';
import { useState } from 'react';
import { Button, useRecordContext } from 'react-admin';
import { ImportFilesDialog } from './ImportFilesDialog';

/** Opens the manifest import over the release: many files in one checked, all-or-nothing step. */
export function ImportFilesButton() {
  const release = useRecordContext();
  const [open, setOpen] = useState(false);
  if (!release) return null;
  return (
    <>
      <Button label="Import files" variant="outlined" onClick={() => setOpen(true)}>
        <UploadFileIcon />
      </Button>
      <ImportFilesDialog release={release} open={open} onClose={() => setOpen(false)} />
    </>
  );
}
