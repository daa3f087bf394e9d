import { Box, Button, IconButton, List, ListItem, ListItemText, TextField, Tooltip, Typography } from '@mui/material';
import DeleteIcon from '@mui/icons-material/Delete';
import { useState } from 'react';
import { useCreate, useDelete, useGetList, useNotify, useRecordContext } from 'react-admin';
import { RelatedSection } from '../resources/sponsors/RelatedSection';
import type { WebhookRecord } from './webhooksApi';

interface HeaderRecord {
  id: number;
  name: string;
}

/** Headers every delivery carries (a receiver's own credentials): names are listed, values are write-only. */
export function WebhookHeaders() {
  const webhook = useRecordContext<WebhookRecord>();
  const notify = useNotify();
  const [name, setName] = useState('');
  const [value, setValue] = useState('');
  const [create, { isPending }] = useCreate();
  const [remove] = useDelete();
  const { data = [], refetch } = useGetList<HeaderRecord>(
    'webhook-headers',
    { filter: { webhook_id: webhook?.id }, sort: { field: 'name', order: 'ASC' }, pagination: { page: 1, perPage: 50 } },
    { enabled: webhook?.kind === 'webhook' },
  );
  if (!webhook || webhook.kind !== 'webhook') return null;
  const fail = (error: unknown) => notify((error as Error).message, { type: 'error' });
  const add = () =>
    create(
      'webhook-headers',
      { data: { webhook_id: webhook.id, name: name.trim(), value } },
      {
        onSuccess: () => {
          setName('');
          setValue('');
          void refetch();
        },
        onError: fail,
      },
    );
  return (
    <RelatedSection title="Headers">
      <Typography variant="body2" color="text.secondary">
        Sent with every delivery, e.g. Authorization for a receiver that wants its own credentials. Values are never shown again.
      </Typography>
      <List dense>
        {data.map((header) => (
          <ListItem
            key={header.id}
            secondaryAction={
              <Tooltip title="Remove">
                <IconButton
                  aria-label={`Remove ${header.name}`}
                  onClick={() =>
                    remove('webhook-headers', { id: header.id, previousData: header }, { mutationMode: 'pessimistic', onError: fail })
                  }
                >
                  <DeleteIcon />
                </IconButton>
              </Tooltip>
            }
          >
            <ListItemText primary={header.name} secondary="••••••••" />
          </ListItem>
        ))}
      </List>
      <Box sx={{ display: 'flex', gap: 1, flexWrap: 'wrap', alignItems: 'flex-start' }}>
        <TextField size="small" label="Header name" value={name} onChange={(e) => setName(e.target.value)} />
        <TextField
          size="small"
          label="Value"
          type="password"
          autoComplete="new-password"
          value={value}
          onChange={(e) => setValue(e.target.value)}
        />
        <Button onClick={add} disabled={!name.trim() || !value || isPending}>
          Add header
        </Button>
      </Box>
    </RelatedSection>
  );
}
