import { Alert, Box, Button, Skeleton } from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useRecordContext, useRefresh } from 'react-admin';
import { useFormState } from 'react-hook-form';
import type { JobAction } from '../../../../server/domain/jobWorkflow';
import { ReasonDialog } from './ReasonDialog';
import { RejectDialog } from './RejectDialog';
import { ShortcutHint } from './ShortcutHint';
import { ACTION_LABELS, actionLabel } from './jobActions';
import { fetchTransitions, transitionsKey, type ModeratedJob, type AvailableJobAction } from './jobWorkflowApi';
import { useJobTransition } from './useJobTransition';
import { useModerationShortcuts } from './useModerationShortcuts';
import { useReviewQueue } from './useReviewQueue';

const COLOURS: Partial<Record<JobAction, 'success' | 'error' | 'warning' | 'primary'>> = {
  approve: 'success',
  reject: 'error',
  remove: 'error',
  archive: 'warning',
};

/**
 * What the signed-in user may do with this job now, as the server says (GET .../transitions), one
 * button each. Approving is one click; rejecting asks for a reason with the e-mail previewed;
 * other actions ask for a reason, required or optional as the server says. After a decision the
 * next job in the queue opens. Inside the form, so unsaved edits block a decision until saved.
 */
export function JobModerationButtons() {
  const job = useRecordContext<ModeratedJob>();
  const { isDirty } = useFormState();
  const { run, busy } = useJobTransition();
  const refresh = useRefresh();
  const { openNextAfterDecision, openNextSkipping } = useReviewQueue();
  const [asking, setAsking] = useState<AvailableJobAction | null>(null);
  const {
    data: options,
    error,
    isPending,
  } = useQuery({ queryKey: transitionsKey(job?.id ?? ''), queryFn: () => fetchTransitions(job!.id), enabled: job?.id !== undefined });

  const take = async (option: AvailableJobAction, reason?: string) => {
    if (!job) return;
    const outcome = await run(job, option.action, reason);
    // A 422 is about the reason: the dialog stays for the moderator to fix it. Otherwise the job moved on.
    if (outcome.refused !== 422) setAsking(null);
    if (!outcome.job) return;
    if (option.action === 'approve' || option.action === 'reject') await openNextAfterDecision(job.id);
    else refresh();
  };
  const choose = (option: AvailableJobAction) => (option.action === 'approve' ? take(option) : setAsking(option));
  const find = (action: JobAction) => (isDirty || busy ? undefined : options?.find((o) => o.action === action));
  const approve = find('approve');
  const reject = find('reject');

  useModerationShortcuts(
    { approve: approve && (() => take(approve)), reject: reject && (() => setAsking(reject)), next: job && (() => openNextSkipping(job)) },
    Boolean(job) && !asking,
  );

  if (!job) return null;
  if (isPending) return <Skeleton variant="rounded" width={240} height={36} />;
  if (error) return <Alert severity="warning">The moderation actions could not be loaded: {(error as Error).message}</Alert>;
  return (
    <Box data-testid="moderation-actions" sx={{ display: 'flex', flexWrap: 'wrap', alignItems: 'center', columnGap: 3, rowGap: 1 }}>
      {options.length > 0 && (
        <Box sx={{ display: 'flex', flexWrap: 'wrap', gap: 1 }} role="group" aria-label="Moderation actions">
          {options.map((option) => (
            <Button
              key={option.action}
              variant={option.action === 'approve' ? 'contained' : option.action === 'reject' ? 'outlined' : 'text'}
              color={COLOURS[option.action] ?? 'primary'}
              disabled={busy || isDirty}
              onClick={() => choose(option)}
            >
              {actionLabel(option.action)}
            </Button>
          ))}
        </Box>
      )}
      {isDirty && options.length > 0 && (
        <Alert severity="info" sx={{ py: 0 }}>
          Save your changes first: a decision applies to the job as last saved.
        </Alert>
      )}
      <ShortcutHint approve={options.some((o) => o.action === 'approve')} reject={options.some((o) => o.action === 'reject')} />
      <RejectDialog
        open={asking?.action === 'reject'}
        jobs={[job]}
        busy={busy}
        onConfirm={(reason) => asking && take(asking, reason)}
        onClose={() => setAsking(null)}
      />
      <ReasonDialog
        open={asking !== null && asking.action !== 'reject'}
        title={asking ? `${actionLabel(asking.action)} “${job.job_title}”?` : ''}
        description={asking ? ACTION_LABELS[asking.action]?.effect : undefined}
        confirmLabel={asking ? actionLabel(asking.action) : ''}
        confirmColor={asking ? COLOURS[asking.action] : undefined}
        reasonRequired={asking?.reason_required ?? false}
        busy={busy}
        onConfirm={(reason) => asking && take(asking, reason)}
        onClose={() => setAsking(null)}
      />
    </Box>
  );
}
