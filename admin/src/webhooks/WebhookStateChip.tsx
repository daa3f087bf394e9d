import { Chip, Tooltip } from '@mui/material';
import { useRecordContext } from 'react-admin';
import type { WebhookRecord } from './webhooksApi';

const COLORS = { active: 'success', paused: 'warning', disabled: 'error' } as const;

/** Active, paused or disabled, with the reason on hover. */
export function WebhookStateChip({ record: given }: { record?: WebhookRecord; label?: string }) {
  const context = useRecordContext<WebhookRecord>();
  const record = given ?? context;
  if (!record) return null;
  const chip = <Chip size="small" label={record.state} color={COLORS[record.state]} data-testid="webhook-state" />;
  return record.state_reason ? <Tooltip title={record.state_reason}>{chip}</Tooltip> : chip;
}
