import ContentCopyIcon from '@mui/icons-material/ContentCopy';
import { Alert, Box, Button, Dialog, DialogActions, DialogContent, DialogTitle, IconButton, Tooltip, Typography } from '@mui/material';

/** A signing secret, shown the one time the server returns it, with a copy button. */
export function SecretDialog({ secret, onClose }: { secret: string | null; onClose: () => void }) {
  return (
    <Dialog open={secret !== null} onClose={onClose} maxWidth="sm" fullWidth aria-labelledby="secret-title">
      <DialogTitle id="secret-title">Signing secret</DialogTitle>
      <DialogContent>
        <Alert severity="warning" sx={{ mb: 2 }}>
          Copy it now: it is not shown again. The receiver verifies each delivery's webhook-signature with it (Standard Webhooks).
        </Alert>
        <Box sx={{ display: 'flex', alignItems: 'center', gap: 1 }}>
          <Typography data-testid="webhook-secret" sx={{ fontFamily: 'monospace', wordBreak: 'break-all', flex: 1 }}>
            {secret}
          </Typography>
          <Tooltip title="Copy">
            <IconButton aria-label="Copy secret" onClick={() => void navigator.clipboard?.writeText(secret ?? '')}>
              <ContentCopyIcon />
            </IconButton>
          </Tooltip>
        </Box>
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose} variant="contained">
          I have copied it
        </Button>
      </DialogActions>
    </Dialog>
  );
}
