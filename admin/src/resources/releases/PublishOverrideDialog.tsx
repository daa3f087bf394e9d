import { Alert, Button, CircularProgress, Dialog, DialogActions, DialogContent, DialogTitle, TextField, Typography } from '@mui/material';
import { useState } from 'react';
import type { ChecklistItem } from '../../../../server/domain/releaseChecklist';
import { ChecklistItems } from './ChecklistItems';

interface PublishOverrideDialogProps {
  open: boolean;
  releaseName: string;
  missing: ChecklistItem[];
  busy: boolean;
  /** Why the last attempt failed (e.g. someone else saved the release meanwhile), shown where the user is looking. */
  error?: string;
  onConfirm: (reason: string) => void;
  onClose: () => void;
}

/** Publishing despite the checklist: what is missing, and why — the reason goes into the audit trail. */
export function PublishOverrideDialog({ open, releaseName, missing, busy, error, onConfirm, onClose }: PublishOverrideDialogProps) {
  const [reason, setReason] = useState('');
  const [touched, setTouched] = useState(false);
  // Each opening starts blank: a reason belongs to one decision (reset while rendering, as React advises
  // for state that follows a prop, rather than in an effect that would render twice).
  const [wasOpen, setWasOpen] = useState(open);
  if (open !== wasOpen) {
    setWasOpen(open);
    if (open) {
      setReason('');
      setTouched(false);
    }
  }
  const empty = !reason.trim();
  const confirm = () => {
    setTouched(true);
    if (!empty && !busy) onConfirm(reason.trim());
  };
  return (
    <Dialog open={open} onClose={busy ? undefined : onClose} fullWidth maxWidth="sm" aria-labelledby="publish-override-title">
      <DialogTitle id="publish-override-title">Publish {releaseName} anyway?</DialogTitle>
      <DialogContent>
        <Typography variant="body2" sx={{ mb: 1 }}>
          The release is not ready. Publishing now puts it on python.org with these gaps:
        </Typography>
        <ChecklistItems items={missing} label="Missing before publishing" />
        {error && (
          <Alert severity="warning" sx={{ mt: 1 }}>
            {error}
          </Alert>
        )}
        <TextField
          autoFocus
          fullWidth
          multiline
          minRows={2}
          sx={{ mt: 2 }}
          label="Reason"
          name="publish_override"
          value={reason}
          onChange={(event) => setReason(event.target.value)}
          onBlur={() => setTouched(true)}
          required
          error={touched && empty}
          helperText={
            touched && empty ? 'Please say why it is published anyway.' : 'Recorded in the release’s history with the missing items.'
          }
        />
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose} disabled={busy}>
          Cancel
        </Button>
        <Button
          variant="contained"
          color="warning"
          onClick={confirm}
          disabled={busy || (touched && empty)}
          startIcon={busy ? <CircularProgress size={16} color="inherit" /> : undefined}
        >
          Publish anyway
        </Button>
      </DialogActions>
    </Dialog>
  );
}
