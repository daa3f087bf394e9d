import { Alert, AlertTitle, Box, Link } from '@mui/material';
import { useGetList } from 'react-admin';
import { Link as RouterLink } from 'react-router-dom';
import { useAccess } from '../api/permissions';
import type { WebhookRecord } from '../webhooks/webhooksApi';

/** Webhooks and CDN targets that are paused or disabled, and why: their deliveries are waiting or lost. */
export function IntegrationProblems() {
  const { read } = useAccess('webhooks');
  const { data = [] } = useGetList<WebhookRecord>(
    'webhooks',
    { pagination: { page: 1, perPage: 100 }, sort: { field: 'name', order: 'ASC' } },
    { enabled: read },
  );
  const stopped = data.filter((hook) => hook.state !== 'active');
  if (!read || stopped.length === 0) return null;
  return (
    <Box data-testid="integration-problems">
      {stopped.map((hook) => (
        <Alert key={hook.id} severity={hook.state === 'disabled' ? 'error' : 'warning'} sx={{ mb: 1 }}>
          <AlertTitle>
            <Link component={RouterLink} to={`/webhooks/${hook.id}`}>
              {hook.name}
            </Link>{' '}
            is {hook.state}
          </AlertTitle>
          {hook.state_reason ?? 'No reason recorded.'}
        </Alert>
      ))}
    </Box>
  );
}
