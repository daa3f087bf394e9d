import OpenInNewIcon from '@mui/icons-material/OpenInNew';
import { Button, Dialog, DialogActions, DialogContent, DialogContentText, DialogTitle, TextField } from '@mui/material';
import type { PreviewLink } from './draftsApi';
import { showInstant } from './localTime';

/** The preview link, when the clipboard refused it: selected on focus, for the user to copy. */
export function PreviewLinkDialog({ link, onClose }: { link: PreviewLink | null; onClose: () => void }) {
  return (
    <Dialog open={link !== null} onClose={onClose} maxWidth="md" fullWidth aria-labelledby="preview-link-title">
      <DialogTitle id="preview-link-title">Preview link</DialogTitle>
      <DialogContent>
        <DialogContentText sx={{ mb: 2 }}>
          The link could not be copied automatically: copy it from here. Anyone with it sees the preview without signing in
          {link ? `, until ${showInstant(link.expires)}` : ''}.
        </DialogContentText>
        <TextField
          value={link?.url ?? ''}
          label="Preview URL"
          fullWidth
          autoFocus
          onFocus={(event) => event.target.select()}
          slotProps={{ htmlInput: { readOnly: true, 'data-testid': 'preview-url', style: { fontFamily: 'monospace' } } }}
        />
      </DialogContent>
      <DialogActions>
        <Button href={link?.url ?? ''} target="_blank" rel="noopener noreferrer" startIcon={<OpenInNewIcon />}>
          Open
        </Button>
        <Button variant="contained" onClick={onClose}>
          Close
        </Button>
      </DialogActions>
    </Dialog>
  );
}
