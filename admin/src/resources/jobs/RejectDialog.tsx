import { ReasonDialog } from './ReasonDialog';
import { RejectEmailPreview } from './RejectEmailPreview';
import { CANNED_REJECT_REASONS } from './jobActions';
import type { ModeratedJob } from './jobWorkflowApi';

interface RejectDialogProps {
  open: boolean;
  /** One job, or the selection of a bulk rejection: one reason for all of them. */
  jobs: Pick<ModeratedJob, 'id' | 'job_title'>[];
  busy?: boolean;
  onConfirm: (reason: string) => void;
  onClose: () => void;
}

/** The rejection's reason, from a canned list or typed, with the e-mail it sends previewed before confirming. */
export function RejectDialog({ open, jobs, busy, onConfirm, onClose }: RejectDialogProps) {
  const many = jobs.length > 1;
  const first = jobs[0];
  return (
    <ReasonDialog
      open={open && Boolean(first)}
      title={many ? `Reject ${jobs.length} jobs?` : `Reject “${first?.job_title}”?`}
      description={
        many
          ? 'Each submitter is told the reason by e-mail and can edit and resubmit their posting.'
          : 'The submitter is told the reason by e-mail and can edit and resubmit the posting.'
      }
      confirmLabel={many ? `Reject ${jobs.length} jobs` : 'Reject'}
      confirmColor="error"
      reasonRequired
      cannedReasons={CANNED_REJECT_REASONS}
      busy={busy}
      renderPreview={(reason) =>
        first && (
          <RejectEmailPreview
            jobId={first.id}
            reason={reason}
            note={many ? `Shown for “${first.job_title}”; each submitter gets the same e-mail about their own posting.` : undefined}
          />
        )
      }
      onConfirm={onConfirm}
      onClose={onClose}
    />
  );
}
