import { Chip, type ChipProps } from '@mui/material';
import { useRecordContext } from 'react-admin';
import { SPONSORSHIP_STATUSES, type SponsorshipStatus } from '../../../../server/domain/communityEnums';

const COLOURS: Record<SponsorshipStatus, ChipProps['color']> = {
  applied: 'info',
  approved: 'success',
  finalized: 'primary',
  rejected: 'error',
};

/** A sponsorship's status as a coloured chip, so the pending and refused ones stand out in a list. */
export function SponsorshipStatusField(_props: { source?: string; label?: string }) {
  const record = useRecordContext();
  const status = record?.status as SponsorshipStatus | undefined;
  if (!status) return null;
  const label = SPONSORSHIP_STATUSES.find((s) => s.id === status)?.name ?? status;
  return <Chip label={label} color={COLOURS[status] ?? 'default'} size="small" variant="outlined" />;
}
