import PauseIcon from '@mui/icons-material/Pause';
import PlayArrowIcon from '@mui/icons-material/PlayArrow';
import SendIcon from '@mui/icons-material/Send';
import VpnKeyIcon from '@mui/icons-material/VpnKey';
import { Alert, Box, Button } from '@mui/material';
import { useState } from 'react';
import { Confirm, useNotify, useRecordContext, useRefresh, useUpdate } from 'react-admin';
import { SecretDialog } from './SecretDialog';
import { WebhookStateChip } from './WebhookStateChip';
import { rotateSecret, sendTestEvent, type WebhookRecord } from './webhooksApi';

/** What can be done to a webhook besides editing it: pause or resume, send a test event, rotate its secret. */
export function WebhookActions() {
  const record = useRecordContext<WebhookRecord>();
  const notify = useNotify();
  const refresh = useRefresh();
  const [update, { isPending: switching }] = useUpdate<WebhookRecord>();
  const [busy, setBusy] = useState(false);
  const [confirmRotate, setConfirmRotate] = useState(false);
  const [secret, setSecret] = useState<string | null>(null);
  if (!record) return null;
  const fail = (error: unknown) => notify((error as Error).message, { type: 'error' });
  const setState = (state: WebhookRecord['state']) =>
    update(
      'webhooks',
      { id: record.id, data: { state, row_version: record.row_version }, previousData: record },
      { mutationMode: 'pessimistic', onSuccess: refresh, onError: fail },
    );
  const test = async () => {
    setBusy(true);
    try {
      const delivery = await sendTestEvent(record.id);
      const answer = delivery.last_status_code ? `answered ${delivery.last_status_code}` : (delivery.last_error ?? 'no answer yet');
      notify(`Test event ${delivery.status === 'delivered' ? 'delivered' : 'not delivered'}: ${answer}.`, {
        type: delivery.status === 'delivered' ? 'success' : 'warning',
      });
      refresh();
    } catch (error) {
      fail(error);
    } finally {
      setBusy(false);
    }
  };
  const rotate = async () => {
    setConfirmRotate(false);
    try {
      setSecret((await rotateSecret(record.id)).secret);
      refresh();
    } catch (error) {
      fail(error);
    }
  };

  return (
    <Box sx={{ px: 2, pt: 2 }}>
      <Box sx={{ display: 'flex', gap: 1, alignItems: 'center', flexWrap: 'wrap' }}>
        <WebhookStateChip record={record} />
        {record.state === 'active' ? (
          <Button startIcon={<PauseIcon />} onClick={() => setState('paused')} disabled={switching}>
            Pause
          </Button>
        ) : (
          <Button startIcon={<PlayArrowIcon />} onClick={() => setState('active')} disabled={switching}>
            Resume
          </Button>
        )}
        <Button startIcon={<SendIcon />} onClick={() => void test()} disabled={busy || record.state !== 'active'}>
          Send test event
        </Button>
        {record.kind === 'webhook' && (
          <Button startIcon={<VpnKeyIcon />} onClick={() => setConfirmRotate(true)}>
            Rotate secret
          </Button>
        )}
      </Box>
      {record.state !== 'active' && record.state_reason && (
        <Alert severity={record.state === 'disabled' ? 'error' : 'warning'} sx={{ mt: 1 }}>
          {record.state_reason}
          {record.state === 'paused' && ' New events wait and are delivered once it is resumed.'}
        </Alert>
      )}
      {record.previous_secret_expires && new Date(record.previous_secret_expires) > new Date() && (
        <Alert severity="info" sx={{ mt: 1 }}>
          The previous secret still signs deliveries until {new Date(record.previous_secret_expires).toLocaleString()}.
        </Alert>
      )}
      <Confirm
        isOpen={confirmRotate}
        title="Rotate the signing secret?"
        content="A new secret is made and shown once. The old one keeps signing next to it for the overlap period, so the receiver can switch without missing a delivery."
        onConfirm={() => void rotate()}
        onClose={() => setConfirmRotate(false)}
      />
      <SecretDialog secret={secret} onClose={() => setSecret(null)} />
    </Box>
  );
}
