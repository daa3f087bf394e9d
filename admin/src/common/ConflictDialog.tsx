import { Button, Dialog, DialogActions, DialogContent, DialogContentText, DialogTitle } from '@mui/material';
import { useRefresh } from 'react-admin';

/**
 * Someone saved the record after this form loaded it. Reloading fetches their version; the form keeps
 * the fields this user changed (RecordForm resets with keepDirtyValues), so nothing typed is lost.
 */
export function ConflictDialog({ message, onClose }: { message: string | null; onClose: () => void }) {
  const refresh = useRefresh();
  return (
    <Dialog open={message !== null} onClose={onClose} aria-labelledby="conflict-title">
      <DialogTitle id="conflict-title">Someone else changed this record</DialogTitle>
      <DialogContent>
        <DialogContentText>
          {message} Reload to get the latest version: your own changes stay in the form, so you can check them against theirs and save again.
        </DialogContentText>
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose}>Not now</Button>
        <Button
          variant="contained"
          onClick={() => {
            refresh();
            onClose();
          }}
        >
          Reload, keep my edits
        </Button>
      </DialogActions>
    </Dialog>
  );
}
