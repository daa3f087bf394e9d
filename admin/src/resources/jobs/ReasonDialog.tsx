import {
  Box,
  Button,
  Chip,
  CircularProgress,
  Dialog,
  DialogActions,
  DialogContent,
  DialogContentText,
  DialogTitle,
  TextField,
} from '@mui/material';
import { useId, useState, type ReactNode } from 'react';
import { useOnOpen } from '../../common/useOnOpen';

export interface ReasonDialogProps {
  open: boolean;
  title: string;
  /** What the action does, in a sentence (who is told, what happens to the posting). */
  description?: ReactNode;
  confirmLabel: string;
  confirmColor?: 'primary' | 'error' | 'warning' | 'success';
  reasonRequired: boolean;
  /** Ready-made reasons; choosing one fills the field, which stays editable. */
  cannedReasons?: readonly string[];
  busy?: boolean;
  /** Shown under the field, from the reason as typed (e.g. the e-mail preview). */
  renderPreview?: (reason: string) => ReactNode;
  onConfirm: (reason: string) => void;
  onClose: () => void;
}

/** Asks for the reason a moderation action records (and, for rejections, mails to the submitter). */
export function ReasonDialog({
  open,
  title,
  description,
  confirmLabel,
  confirmColor = 'primary',
  reasonRequired,
  cannedReasons,
  busy = false,
  renderPreview,
  onConfirm,
  onClose,
}: ReasonDialogProps) {
  const [reason, setReason] = useState('');
  const [touched, setTouched] = useState(false);
  const titleId = useId();
  // Each opening starts blank: a reason belongs to one decision.
  useOnOpen(open, () => {
    setReason('');
    setTouched(false);
  });
  const missing = reasonRequired && !reason.trim();
  const confirm = () => {
    setTouched(true);
    if (!missing && !busy) onConfirm(reason.trim());
  };
  return (
    <Dialog open={open} onClose={busy ? undefined : onClose} fullWidth maxWidth="sm" aria-labelledby={titleId}>
      <DialogTitle id={titleId}>{title}</DialogTitle>
      <DialogContent>
        {description && <DialogContentText sx={{ mb: 2 }}>{description}</DialogContentText>}
        {cannedReasons && (
          <Box sx={{ display: 'flex', flexWrap: 'wrap', gap: 1, mb: 2 }} role="group" aria-label="Common reasons">
            {cannedReasons.map((canned) => (
              <Chip
                key={canned}
                label={canned}
                variant={reason === canned ? 'filled' : 'outlined'}
                color={reason === canned ? 'primary' : 'default'}
                onClick={() => setReason(canned)}
              />
            ))}
          </Box>
        )}
        <TextField
          autoFocus
          fullWidth
          multiline
          minRows={2}
          label={reasonRequired ? 'Reason' : 'Reason (optional)'}
          name="reason"
          value={reason}
          onChange={(event) => setReason(event.target.value)}
          onBlur={() => setTouched(true)}
          onKeyDown={(event) => {
            // Enter confirms, Shift+Enter adds a line: the usual chat-box convention.
            if (event.key === 'Enter' && !event.shiftKey) {
              event.preventDefault();
              confirm();
            }
          }}
          required={reasonRequired}
          error={touched && missing}
          helperText={
            touched && missing
              ? 'Please give a reason.'
              : cannedReasons
                ? 'Pick a common reason above or write your own; you can edit either.'
                : ' '
          }
        />
        {renderPreview?.(reason)}
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose} disabled={busy}>
          Cancel
        </Button>
        <Button
          variant="contained"
          color={confirmColor}
          onClick={confirm}
          disabled={busy || (touched && missing)}
          startIcon={busy ? <CircularProgress size={16} color="inherit" /> : undefined}
        >
          {confirmLabel}
        </Button>
      </DialogActions>
    </Dialog>
  );
}
