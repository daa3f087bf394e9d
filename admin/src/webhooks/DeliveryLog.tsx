import ReplayIcon from '@mui/icons-material/Replay';
import { Box, Button, Chip, Tab, Table, TableBody, TableCell, TableHead, TableRow, Tabs, Tooltip, Typography } from '@mui/material';
import { useState } from 'react';
import { useGetList, useNotify, useRecordContext } from 'react-admin';
import { RelatedSection } from '../resources/sponsors/RelatedSection';
import { replayDelivery, type DeliveryRecord, type WebhookRecord } from './webhooksApi';

const STATUS_COLORS = { pending: 'default', delivering: 'info', delivered: 'success', failed: 'error' } as const;
const TABS = [
  { id: 'all', label: 'All', filter: {} },
  { id: 'failed', label: 'Failed', filter: { status: 'failed' } },
  { id: 'waiting', label: 'Waiting', filter: { status: ['pending', 'delivering'] } },
];

/** The webhook's deliveries, newest first, refreshed every few seconds: each try's answer, and Replay for a finished one. */
export function DeliveryLog() {
  const webhook = useRecordContext<WebhookRecord>();
  const notify = useNotify();
  const [tab, setTab] = useState('all');
  const filter = { webhook_id: webhook?.id, ...TABS.find((t) => t.id === tab)!.filter };
  const {
    data = [],
    total,
    refetch,
  } = useGetList<DeliveryRecord>(
    'webhook-deliveries',
    { filter, sort: { field: 'created', order: 'DESC' }, pagination: { page: 1, perPage: 50 } },
    { enabled: Boolean(webhook), refetchInterval: 5000 },
  );
  if (!webhook) return null;
  const replay = async (delivery: DeliveryRecord) => {
    try {
      await replayDelivery(delivery.id);
      notify('Queued again, with the same webhook-id.', { type: 'info' });
      void refetch();
    } catch (error) {
      notify((error as Error).message, { type: 'error' });
    }
  };
  return (
    <RelatedSection title="Delivery log">
      <Tabs value={tab} onChange={(_, value: string) => setTab(value)} sx={{ mb: 1 }}>
        {TABS.map((t) => (
          <Tab key={t.id} value={t.id} label={t.label} />
        ))}
      </Tabs>
      {data.length === 0 ? (
        <Typography color="text.secondary">No deliveries {tab === 'all' ? 'yet' : 'here'}.</Typography>
      ) : (
        <Box sx={{ overflowX: 'auto' }}>
          <Table size="small" aria-label="Deliveries">
            <TableHead>
              <TableRow>
                <TableCell>Event</TableCell>
                <TableCell>Status</TableCell>
                <TableCell>Tries</TableCell>
                <TableCell>Last answer</TableCell>
                <TableCell>Took</TableCell>
                <TableCell>Response</TableCell>
                <TableCell>Next try</TableCell>
                <TableCell>Created</TableCell>
                <TableCell />
              </TableRow>
            </TableHead>
            <TableBody>
              {data.map((d) => (
                <TableRow key={d.id} data-testid="delivery-row" data-status={d.status}>
                  <TableCell>
                    <Typography variant="body2">{d.event_type}</Typography>
                    <Typography variant="caption" color="text.secondary">
                      {d.resource} #{d.record_id}
                    </Typography>
                  </TableCell>
                  <TableCell>
                    <Chip size="small" label={d.status} color={STATUS_COLORS[d.status]} />
                  </TableCell>
                  <TableCell>{d.attempts}</TableCell>
                  <TableCell>
                    {d.last_status_code ??
                      (d.last_error ? (
                        <Tooltip title={d.last_error}>
                          <span>error</span>
                        </Tooltip>
                      ) : (
                        '—'
                      ))}
                  </TableCell>
                  <TableCell>{d.last_duration_ms !== null ? `${d.last_duration_ms} ms` : '—'}</TableCell>
                  <TableCell
                    sx={{ maxWidth: 240, overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap' }}
                    title={d.response_excerpt ?? d.last_error ?? ''}
                  >
                    {d.response_excerpt || d.last_error || '—'}
                  </TableCell>
                  <TableCell>{d.status === 'pending' && d.attempts > 0 ? new Date(d.next_attempt_at).toLocaleTimeString() : '—'}</TableCell>
                  <TableCell>{new Date(d.created).toLocaleString()}</TableCell>
                  <TableCell>
                    {(d.status === 'failed' || d.status === 'delivered') && (
                      <Button size="small" startIcon={<ReplayIcon />} onClick={() => void replay(d)}>
                        Replay
                      </Button>
                    )}
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
          {total !== undefined && total > data.length && (
            <Typography variant="caption" color="text.secondary">
              The newest {data.length} of {total}.
            </Typography>
          )}
        </Box>
      )}
    </RelatedSection>
  );
}
