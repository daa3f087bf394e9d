import { Alert, Box, Button, Card, CardContent, Chip, Link, Skeleton, Stack, Typography } from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { Link as RouterLink, useGetList, useGetMany, useRecordContext } from 'react-admin';
import { CONTRACT_STATUSES } from '../../../../server/domain/communityEnums';
import type { AvailableAction } from '../../../../server/domain/workflowResponses';
import { fetchTransitions, workflowKey } from '../../common/workflowApi';
import { WorkflowHistory } from '../../common/WorkflowHistory';
import { fileUrl, type MediaRecord } from '../../media/mediaRecord';
import { ReasonDialog } from '../jobs/ReasonDialog';
import { ExecuteDialog } from './ExecuteDialog';
import { useStep } from './useStep';

interface Contract {
  id: number;
  row_version: number;
  status: string;
  revision: number;
  document_media_id: number | null;
  signed_document_media_id: number | null;
  sent_on: string | null;
  executed_on: string | null;
}

const STEPS: Record<string, { label: string; done: string; effect: string; colour: 'success' | 'error' | 'warning' | 'primary' }> = {
  send: {
    label: 'Send for signature',
    done: 'Contract rendered and sent for signature',
    effect:
      'Renders the agreement to PDF from the contract’s texts and the sponsorship’s terms, and mails its link to the sponsor’s contacts.',
    colour: 'primary',
  },
  execute: { label: 'Execute', done: 'Contract executed; the sponsorship is final', effect: '', colour: 'success' },
  nullify: {
    label: 'Nullify',
    done: 'Contract nullified',
    effect: 'The sent agreement will not be signed; redraft it to send a new one.',
    colour: 'error',
  },
  redraft: { label: 'Redraft', done: 'Contract back to draft', effect: 'A new draft revision, to edit and send again.', colour: 'warning' },
  outdate: {
    label: 'Outdate',
    done: 'Contract outdated',
    effect: 'The contract is kept on record but will not be used; the sponsorship can then be rolled back.',
    colour: 'warning',
  },
};

const statusName = (status: string) => CONTRACT_STATUSES.find((s) => s.id === status)?.name ?? status;

function Documents({ contract }: { contract: Contract }) {
  const ids = [contract.document_media_id, contract.signed_document_media_id].filter((id): id is number => id !== null);
  const { data = [] } = useGetMany<MediaRecord & { id: number }>('media', { ids }, { enabled: ids.length > 0 });
  const link = (id: number | null, label: string) => {
    const media = data.find((m) => m.id === id);
    return media ? (
      <Link href={fileUrl(media)} target="_blank" rel="noopener" underline="hover">
        {label}
      </Link>
    ) : null;
  };
  if (!ids.length) return null;
  return (
    <Stack direction="row" spacing={2} sx={{ mt: 1 }}>
      {link(contract.document_media_id, 'Download the agreement (PDF)')}
      {link(contract.signed_document_media_id, 'Download the signed copy')}
    </Stack>
  );
}

function ContractSteps({ contract }: { contract: Contract }) {
  const { run, busy } = useStep();
  const [asking, setAsking] = useState<AvailableAction | null>(null);
  const { data: options = [], isPending } = useQuery({
    queryKey: workflowKey('contracts', contract.id, 'transitions'),
    queryFn: () => fetchTransitions('contracts', contract.id),
  });
  const take = async (action: string, fields: Record<string, unknown> = {}) => {
    const outcome = await run('contracts', contract, action, fields, STEPS[action]?.done ?? 'Done');
    if (outcome.ok || outcome.status !== 422) setAsking(null);
  };
  if (isPending) return <Skeleton variant="rounded" width={200} height={36} />;
  return (
    <Box sx={{ display: 'flex', flexWrap: 'wrap', gap: 1, mt: 2 }} data-testid="contract-actions">
      {options.map((option) => (
        <Button
          key={option.action}
          size="small"
          variant={option.action === 'send' || option.action === 'execute' ? 'contained' : 'outlined'}
          color={STEPS[option.action]?.colour ?? 'primary'}
          disabled={busy}
          onClick={() => setAsking(option)}
        >
          {STEPS[option.action]?.label ?? option.action}
        </Button>
      ))}
      <ExecuteDialog
        open={asking?.action === 'execute'}
        busy={busy}
        onConfirm={(id) => take('execute', { signed_document_media_id: id })}
        onClose={() => setAsking(null)}
      />
      <ReasonDialog
        open={asking !== null && asking.action !== 'execute'}
        title={asking ? `${STEPS[asking.action]?.label ?? asking.action}?` : ''}
        description={asking ? STEPS[asking.action]?.effect : undefined}
        confirmLabel={asking ? (STEPS[asking.action]?.label ?? asking.action) : ''}
        confirmColor={asking ? STEPS[asking.action]?.colour : undefined}
        reasonRequired={asking?.reason_required ?? false}
        busy={busy}
        onConfirm={(reason) => asking && take(asking.action, reason ? { reason } : {})}
        onClose={() => setAsking(null)}
      />
    </Box>
  );
}

/**
 * Beside a sponsorship: its contract (status, revision, the documents to download) with the steps the
 * server offers (send, execute with the signed upload, nullify, redraft, outdate) and its history.
 */
export function ContractPanel() {
  const sponsorship = useRecordContext<{ id: number }>();
  const {
    data: contracts,
    isPending,
    error,
  } = useGetList<Contract>(
    'contracts',
    { filter: { sponsorship_id: sponsorship?.id }, sort: { field: 'id', order: 'DESC' }, pagination: { page: 1, perPage: 25 } },
    { enabled: sponsorship?.id !== undefined },
  );
  if (!sponsorship) return null;
  const live = contracts?.find((c) => c.status !== 'outdated');
  const outdated = contracts?.filter((c) => c.status === 'outdated').length ?? 0;
  return (
    <Card component="section" aria-label="Contract" sx={{ mt: 2 }} data-testid="contract-panel">
      <CardContent>
        <Typography variant="h6" component="h2" gutterBottom>
          Contract
        </Typography>
        {isPending && <Skeleton variant="rounded" height={60} />}
        {error && <Alert severity="warning">The contract could not be loaded: {(error as Error).message}</Alert>}
        {contracts && !live && (
          <Typography variant="body2" color="text.secondary">
            No contract yet: approving the sponsorship makes its draft.
          </Typography>
        )}
        {live && (
          <>
            <Stack direction="row" spacing={1} sx={{ alignItems: 'center', flexWrap: 'wrap' }}>
              <Chip label={statusName(live.status)} color={live.status === 'executed' ? 'success' : 'default'} size="small" />
              <Typography variant="body2">Revision {live.revision}</Typography>
              {live.sent_on && <Typography variant="body2">· sent {new Date(live.sent_on).toLocaleDateString()}</Typography>}
              {live.executed_on && <Typography variant="body2">· executed {live.executed_on}</Typography>}
              <Link component={RouterLink} to={`/contracts/${live.id}`} underline="hover" variant="body2">
                {live.status === 'draft' ? 'Edit the texts' : 'Open'}
              </Link>
            </Stack>
            <Documents contract={live} />
            <ContractSteps contract={live} />
            <Typography variant="subtitle2" sx={{ mt: 2 }}>
              History
            </Typography>
            <WorkflowHistory resource="contracts" id={live.id} empty="Not sent yet." />
          </>
        )}
        {outdated > 0 && (
          <Typography variant="body2" color="text.secondary" sx={{ mt: 1 }}>
            {outdated} outdated contract{outdated === 1 ? '' : 's'} kept on record.
          </Typography>
        )}
      </CardContent>
    </Card>
  );
}
