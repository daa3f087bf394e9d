import CheckIcon from '@mui/icons-material/Check';
import CloseIcon from '@mui/icons-material/Close';
import { Box, Button } from '@mui/material';
import { useState } from 'react';
import { useListContext, useRecordContext, useRefresh } from 'react-admin';
import { RejectDialog } from './RejectDialog';
import type { ModeratedJob } from './jobWorkflowApi';
import { useJobTransition } from './useJobTransition';

/**
 * Approve (one click) and Reject (asks for a reason) on a row of the review queue, so a moderator
 * who has read a posting can decide without opening it.
 */
export function ReviewRowButtons(_props: { label?: string }) {
  const job = useRecordContext<ModeratedJob>();
  const { run, busy } = useJobTransition();
  const refresh = useRefresh();
  const [rejecting, setRejecting] = useState(false);
  // Decided here: the row leaves at the next refetch, and must not offer a second decision meanwhile.
  const [decided, setDecided] = useState(false);
  // While the queue loads, the rows shown are still the previous list's (e.g. "All jobs"): not yet the queue.
  const { isPlaceholderData } = useListContext();
  if (!job || job.status !== 'review') return null;
  const disabled = busy || decided || Boolean(isPlaceholderData);
  const decide = async (action: 'approve' | 'reject', reason?: string) => {
    const outcome = await run(job, action, reason);
    if (outcome.refused !== 422) setRejecting(false);
    if (outcome.job) {
      setDecided(true);
      refresh();
    }
  };
  // Clicks inside (the dialog too: React events bubble through portals) must not open the row.
  return (
    <Box sx={{ display: 'flex', gap: 1, justifyContent: 'flex-end' }} onClick={(event) => event.stopPropagation()}>
      <Button
        size="small"
        variant="outlined"
        color="success"
        startIcon={<CheckIcon />}
        disabled={disabled}
        onClick={() => decide('approve')}
        aria-label={`Approve ${job.job_title}`}
      >
        Approve
      </Button>
      <Button
        size="small"
        variant="outlined"
        color="error"
        startIcon={<CloseIcon />}
        disabled={disabled}
        onClick={() => setRejecting(true)}
        aria-label={`Reject ${job.job_title}`}
      >
        Reject
      </Button>
      <RejectDialog
        open={rejecting}
        jobs={[job]}
        busy={busy}
        onConfirm={(reason) => decide('reject', reason)}
        onClose={() => setRejecting(false)}
      />
    </Box>
  );
}
