import ContentCopyIcon from '@mui/icons-material/ContentCopy';
import { Alert, Box, Button, Dialog, DialogActions, DialogContent, DialogTitle, Stack, TextField } from '@mui/material';
import { useRef, useState } from 'react';
import { useNotify } from 'react-admin';
import type { CreatedToken } from './accountApi';
import { TokenUsageExample } from './TokenUsageExample';

/**
 * The new token's secret, shown this once: the server keeps only its hash. Clicking outside does not
 * close the dialog, so nobody loses the secret by a stray click.
 */
export function TokenSecretDialog({ token, onClose }: { token: CreatedToken | null; onClose: () => void }) {
  const notify = useNotify();
  const [copied, setCopied] = useState(false);
  const input = useRef<HTMLInputElement>(null);
  const copy = async () => {
    if (!token) return;
    try {
      await navigator.clipboard.writeText(token.token);
      setCopied(true);
      notify('Token copied to the clipboard.', { type: 'success' });
    } catch {
      // No clipboard access (an insecure origin, a refused permission): select it for Ctrl+C instead.
      input.current?.select();
      notify('Could not copy automatically: the token is selected, press Ctrl+C (⌘C) to copy it.', { type: 'warning' });
    }
  };
  const close = () => {
    setCopied(false);
    onClose();
  };
  return (
    <Dialog
      open={token !== null}
      onClose={(_event, reason) => reason !== 'backdropClick' && close()}
      maxWidth="md"
      fullWidth
      aria-labelledby="token-secret-title"
    >
      <DialogTitle id="token-secret-title">Your new API token “{token?.name}”</DialogTitle>
      <DialogContent>
        <Stack spacing={2}>
          <Alert severity="warning">
            Copy this token now and keep it somewhere safe, such as your password manager. It will not be shown again.
          </Alert>
          <Box sx={{ display: 'flex', gap: 1, alignItems: 'center' }}>
            <TextField
              value={token?.token ?? ''}
              inputRef={input}
              label="Token"
              fullWidth
              onFocus={(e) => e.target.select()}
              slotProps={{ htmlInput: { readOnly: true, 'data-testid': 'token-secret', style: { fontFamily: 'monospace' } } }}
            />
            <Button variant="contained" startIcon={<ContentCopyIcon />} onClick={copy} sx={{ flexShrink: 0 }}>
              {copied ? 'Copied' : 'Copy'}
            </Button>
          </Box>
          <TokenUsageExample token={token?.token} />
        </Stack>
      </DialogContent>
      <DialogActions>
        <Button onClick={close}>{copied ? 'Done' : 'Close without copying'}</Button>
      </DialogActions>
    </Dialog>
  );
}
