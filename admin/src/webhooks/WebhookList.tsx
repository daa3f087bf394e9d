import { DataTable, List, NumberField, TextField } from 'react-admin';
import { ListActions } from '../common/ListActions';
import { WebhookStateChip } from './WebhookStateChip';
import type { WebhookRecord } from './webhooksApi';

const KIND_LABELS = { webhook: 'Webhook', fastly_purge: 'CDN purge' };

/** Who is told when content changes: webhooks and CDN purge targets, with their state. */
export function WebhookList() {
  return (
    <List actions={<ListActions filters={false} create />} sort={{ field: 'name', order: 'ASC' }}>
      <DataTable rowClick="edit" bulkActionButtons={false}>
        <DataTable.Col source="name" field={TextField} />
        <DataTable.Col source="kind" render={(r: WebhookRecord) => KIND_LABELS[r.kind]} />
        <DataTable.Col source="url" label="URL" field={TextField} />
        <DataTable.Col label="Events" disableSort render={(r: WebhookRecord) => (r.events.length ? r.events.join(', ') : 'every event')} />
        <DataTable.Col source="state" field={WebhookStateChip} />
        <DataTable.Col source="consecutive_failures" label="Failures in a row" field={NumberField} />
      </DataTable>
    </List>
  );
}
