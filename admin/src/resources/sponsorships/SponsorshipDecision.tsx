import { Alert, Box, Button, Skeleton } from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useRecordContext } from 'react-admin';
import { useFormState } from 'react-hook-form';
import type { AvailableAction } from '../../../../server/domain/workflowResponses';
import { fetchTransitions, workflowKey } from '../../common/workflowApi';
import { ReasonDialog } from '../jobs/ReasonDialog';
import { ApproveDialog, type ApprovalTerms } from './ApproveDialog';
import { useStep } from './useStep';

interface Sponsorship {
  id: number;
  row_version: number;
  status: string;
  start_date: string | null;
  end_date: string | null;
  package_id: number | null;
  sponsorship_fee: number | null;
}

const LABELS: Record<string, { label: string; done: string; colour: 'success' | 'error' | 'warning' }> = {
  approve: { label: 'Approve', done: 'Sponsorship approved; its draft contract is ready', colour: 'success' },
  reject: { label: 'Reject', done: 'Sponsorship rejected; the sponsor is told why', colour: 'error' },
  rollback: { label: 'Roll back to editing', done: 'Sponsorship back to applied and unlocked', colour: 'warning' },
};

const CANNED = [
  'The package asked for is sold out for this year.',
  'We could not verify the organisation.',
  'The application is incomplete: please add the missing details.',
];

/**
 * The sponsorship's next steps as the server offers them (GET …/transitions): approve with its terms,
 * reject with a reason the sponsor reads, roll back to editing. Finalizing is not here: it happens
 * when the contract is executed. Inside the form, so unsaved edits block a decision until saved.
 */
export function SponsorshipDecision() {
  const record = useRecordContext<Sponsorship>();
  const { isDirty } = useFormState();
  const { run, busy } = useStep();
  const [asking, setAsking] = useState<AvailableAction | null>(null);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const {
    data: options,
    error,
    isPending,
  } = useQuery({
    queryKey: workflowKey('sponsorships', record?.id ?? '', 'transitions'),
    queryFn: () => fetchTransitions('sponsorships', record!.id),
    enabled: record?.id !== undefined,
  });
  if (!record) return null;
  if (isPending) return <Skeleton variant="rounded" width={240} height={36} />;
  if (error) return <Alert severity="warning">The sponsorship&apos;s actions could not be loaded: {(error as Error).message}</Alert>;

  const take = async (option: AvailableAction, fields: Record<string, unknown>) => {
    const outcome = await run('sponsorships', record, option.action, fields, LABELS[option.action]?.done ?? 'Done');
    if (outcome.ok || outcome.status !== 422) setAsking(null);
    setErrors(outcome.ok ? {} : outcome.errors);
  };
  const initial: ApprovalTerms = {
    start_date: record.start_date ?? '',
    end_date: record.end_date ?? '',
    package_id: record.package_id ?? '',
    sponsorship_fee: record.sponsorship_fee ?? '',
  };
  return (
    <Box data-testid="sponsorship-actions" sx={{ display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: 1 }}>
      {options.map((option) => (
        <Button
          key={option.action}
          variant={option.action === 'approve' ? 'contained' : 'outlined'}
          color={LABELS[option.action]?.colour ?? 'primary'}
          disabled={busy || isDirty}
          onClick={() => {
            setErrors({});
            setAsking(option);
          }}
        >
          {LABELS[option.action]?.label ?? option.action}
        </Button>
      ))}
      {isDirty && options.length > 0 && (
        <Alert severity="info" sx={{ py: 0 }}>
          Save your changes first: a decision applies to the sponsorship as last saved.
        </Alert>
      )}
      <ApproveDialog
        open={asking?.action === 'approve'}
        initial={initial}
        busy={busy}
        errors={errors}
        onConfirm={(terms) => asking && take(asking, terms as unknown as Record<string, unknown>)}
        onClose={() => setAsking(null)}
      />
      <ReasonDialog
        open={asking !== null && asking.action !== 'approve'}
        title={asking ? `${LABELS[asking.action]?.label ?? asking.action}?` : ''}
        description={
          asking?.action === 'reject'
            ? 'The sponsor’s contacts get an e-mail with this reason; the application is locked.'
            : 'The sponsorship goes back to applied and is unlocked; a draft contract is dropped.'
        }
        cannedReasons={asking?.action === 'reject' ? CANNED : undefined}
        confirmLabel={asking ? (LABELS[asking.action]?.label ?? asking.action) : ''}
        confirmColor={asking ? LABELS[asking.action]?.colour : undefined}
        reasonRequired={asking?.reason_required ?? false}
        busy={busy}
        onConfirm={(reason) => asking && take(asking, reason ? { reason } : {})}
        onClose={() => setAsking(null)}
      />
    </Box>
  );
}
