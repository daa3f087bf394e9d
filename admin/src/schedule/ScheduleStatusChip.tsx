import { Chip, type ChipProps } from '@mui/material';
import type { ScheduleStatus } from './scheduleApi';

const LOOK: Record<ScheduleStatus, { label: string; color: ChipProps['color'] }> = {
  pending: { label: 'Pending', color: 'info' },
  done: { label: 'Done', color: 'success' },
  failed: { label: 'Failed', color: 'error' },
};

export function ScheduleStatusChip({ status }: { status: ScheduleStatus }) {
  const look = LOOK[status] ?? { label: status, color: 'default' };
  return <Chip size="small" variant="outlined" color={look.color} label={look.label} />;
}
