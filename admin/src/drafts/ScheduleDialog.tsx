import { Alert, Button, Dialog, DialogActions, DialogContent, DialogContentText, DialogTitle, Stack, TextField } from '@mui/material';
import { useState } from 'react';
import type { HttpError } from 'react-admin';
import type { Schedule } from './draftsApi';
import { fromLocalInput, showInstant, toLocalInput } from './localTime';

interface ScheduleDialogProps {
  open: boolean;
  noun: string;
  hasDraft: boolean;
  /** Pages and releases: a published flag a schedule can clear. */
  unpublishable: boolean;
  pending: Schedule;
  onSave: (schedule: Partial<Schedule>) => Promise<void>;
  onClose: () => void;
}

type Errors = Partial<Record<keyof Schedule, string>>;

const ZONE = Intl.DateTimeFormat().resolvedOptions().timeZone;
const inFuture = (iso: string | null) => iso === null || Date.parse(iso) > Date.now();

function pendingText(pending: Schedule, noun: string) {
  const parts = [
    pending.publish_at && `publishes on ${showInstant(pending.publish_at)}`,
    pending.unpublish_at && `unpublishes on ${showInstant(pending.unpublish_at)}`,
  ].filter(Boolean);
  return parts.length ? `Pending: the ${noun} ${parts.join(' and ')}.` : 'Nothing is scheduled.';
}

/** When to publish (and, for pages and releases, unpublish) the record, typed in local time; Clear cancels both. */
export function ScheduleDialog({ open, noun, hasDraft, unpublishable, pending, onSave, onClose }: ScheduleDialogProps) {
  const [publishAt, setPublishAt] = useState(toLocalInput(pending.publish_at));
  const [unpublishAt, setUnpublishAt] = useState(toLocalInput(pending.unpublish_at));
  const [errors, setErrors] = useState<Errors>({});
  const [failure, setFailure] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (schedule: Partial<Schedule>) => {
    const mine: Errors = {};
    for (const [field, value] of Object.entries(schedule) as [keyof Schedule, string | null][])
      if (!inFuture(value)) mine[field] = 'Must be in the future.';
    setErrors(mine);
    setFailure(null);
    if (Object.keys(mine).length) return;
    setBusy(true);
    try {
      await onSave(schedule);
    } catch (error) {
      const http = error as HttpError;
      const fields = (http?.body?.errors ?? {}) as Errors;
      setErrors(fields);
      setFailure(Object.keys(fields).length ? null : http?.message || 'The schedule could not be saved.');
    } finally {
      setBusy(false);
    }
  };
  const both = (publish: string | null, unpublish: string | null) =>
    unpublishable ? { publish_at: publish, unpublish_at: unpublish } : { publish_at: publish };
  const nothingPending = !pending.publish_at && !pending.unpublish_at;
  const input = (field: keyof Schedule, label: string, value: string, set: (v: string) => void, help: string) => (
    <TextField
      type="datetime-local"
      label={label}
      value={value}
      onChange={(event) => set(event.target.value)}
      error={Boolean(errors[field])}
      helperText={errors[field] ?? help}
      slotProps={{ inputLabel: { shrink: true } }}
      fullWidth
    />
  );

  return (
    <Dialog open={open} onClose={onClose} aria-labelledby="schedule-title" maxWidth="sm" fullWidth>
      <DialogTitle id="schedule-title">Schedule publishing</DialogTitle>
      <DialogContent>
        <DialogContentText sx={{ mb: 2 }} data-testid="schedule-pending">
          {pendingText(pending, noun)} Times are in your time zone ({ZONE}).
        </DialogContentText>
        <Stack spacing={2}>
          {input(
            'publish_at',
            'Publish at',
            publishAt,
            setPublishAt,
            hasDraft ? 'The draft goes live then.' : `The ${noun} is published then, with its draft if it has one by then.`,
          )}
          {unpublishable && input('unpublish_at', 'Unpublish at', unpublishAt, setUnpublishAt, `The ${noun} is taken off the site then.`)}
          {failure && <Alert severity="error">{failure}</Alert>}
        </Stack>
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose}>Cancel</Button>
        <Button color="error" onClick={() => submit(both(null, null))} disabled={busy || nothingPending}>
          Clear
        </Button>
        <Button variant="contained" onClick={() => submit(both(fromLocalInput(publishAt), fromLocalInput(unpublishAt)))} disabled={busy}>
          Save schedule
        </Button>
      </DialogActions>
    </Dialog>
  );
}
