import { Chip, type ChipProps } from '@mui/material';
import { useRecordContext } from 'react-admin';
import { JOB_STATUSES, type JobStatus } from '../../../../server/domain/enums';

/** Theme colours (not fixed ones) so the chips read as well in dark mode; live states are coloured, closed ones grey. */
const COLOURS: Record<JobStatus, ChipProps['color']> = {
  draft: 'default',
  review: 'warning',
  approved: 'success',
  rejected: 'error',
  archived: 'default',
  removed: 'default',
  expired: 'default',
};

export const jobStatusLabel = (status: string) => JOB_STATUSES.find((s) => s.id === status)?.name ?? status;

/** A job's moderation status as a coloured chip with its label; read-only, as status changes only through moderation. */
export function JobStatusChip({ size = 'small' }: { size?: ChipProps['size']; label?: string }) {
  const record = useRecordContext<{ status: JobStatus }>();
  if (!record?.status) return null;
  const closed = ['archived', 'removed', 'expired'].includes(record.status);
  return (
    <Chip
      size={size}
      color={COLOURS[record.status] ?? 'default'}
      variant={closed ? 'outlined' : 'filled'}
      label={jobStatusLabel(record.status)}
      data-testid="job-status"
    />
  );
}
