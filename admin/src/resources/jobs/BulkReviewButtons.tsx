import CheckIcon from '@mui/icons-material/Check';
import CloseIcon from '@mui/icons-material/Close';
import { Button } from '@mui/material';
import { useState } from 'react';
import { Confirm, useListContext, useNotify, useRefresh, useUnselectAll } from 'react-admin';
import type { JobAction } from '../../../../server/domain/jobWorkflow';
import { RejectDialog } from './RejectDialog';
import { transitionErrorMessage } from './jobActions';
import { applyTransition, type ModeratedJob } from './jobWorkflowApi';

const plural = (n: number) => `${n} job${n === 1 ? '' : 's'}`;

/**
 * "Approve selected" and "Reject selected" (one reason for all) in the review queue. Each job is
 * moderated on its own, with the row_version this screen showed, so one that someone else moved
 * meanwhile is refused (409) and reported without stopping the others.
 */
export function BulkReviewButtons() {
  const { selectedIds, data, resource, isPlaceholderData } = useListContext<ModeratedJob>();
  const unselectAll = useUnselectAll(resource ?? 'jobs');
  const notify = useNotify();
  const refresh = useRefresh();
  const [busy, setBusy] = useState(false);
  const [rejecting, setRejecting] = useState(false);
  const [approving, setApproving] = useState(false);
  const selected = (data ?? []).filter((job) => selectedIds.includes(job.id) && job.status === 'review');

  const decideAll = async (action: JobAction, reason?: string) => {
    setBusy(true);
    const failures: string[] = [];
    let done = 0;
    // One after another: a moderator's bulk action is a handful of jobs, and the order of the
    // recorded transitions then matches the queue's.
    for (const job of selected) {
      try {
        await applyTransition(job, action, reason);
        done += 1;
      } catch (error) {
        failures.push(transitionErrorMessage(error, job.job_title));
      }
    }
    setBusy(false);
    setRejecting(false);
    setApproving(false);
    unselectAll();
    refresh();
    const verb = action === 'approve' ? 'Approved' : 'Rejected';
    if (!failures.length) notify(`${verb} ${plural(done)}.`, { type: 'success' });
    else notify(`${verb} ${plural(done)}. ${failures.join(' ')}`, { type: 'warning', multiLine: true, autoHideDuration: 10000 });
  };

  if (!selected.length || isPlaceholderData) return null;
  return (
    <>
      <Button size="small" color="success" startIcon={<CheckIcon />} disabled={busy} onClick={() => setApproving(true)}>
        Approve selected
      </Button>
      <Button size="small" color="error" startIcon={<CloseIcon />} disabled={busy} onClick={() => setRejecting(true)}>
        Reject selected
      </Button>
      <Confirm
        isOpen={approving}
        loading={busy}
        title={`Approve ${plural(selected.length)}?`}
        content="They go live on python.org/jobs, and each submitter is told by e-mail."
        confirm={`Approve ${plural(selected.length)}`}
        confirmColor="primary"
        onConfirm={() => decideAll('approve')}
        onClose={() => setApproving(false)}
      />
      <RejectDialog
        open={rejecting}
        jobs={selected}
        busy={busy}
        onConfirm={(reason) => decideAll('reject', reason)}
        onClose={() => setRejecting(false)}
      />
    </>
  );
}
