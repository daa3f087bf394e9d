import { httpClient } from '../dataProvider';

/** A webhook or CDN purge target as GET /api/webhooks returns it (docs/api.md, "Webhooks"). */
export interface WebhookRecord {
  id: number;
  name: string;
  kind: 'webhook' | 'fastly_purge';
  url: string;
  events: string[];
  resource_filter: string | null;
  service_id: string | null;
  state: 'active' | 'paused' | 'disabled';
  state_reason: string | null;
  consecutive_failures: number;
  previous_secret_expires: string | null;
  row_version: number;
}

export interface DeliveryRecord {
  id: number;
  webhook_id: number;
  message_id: string;
  event_type: string;
  resource: string;
  record_id: number;
  status: 'pending' | 'delivering' | 'delivered' | 'failed';
  attempts: number;
  next_attempt_at: string;
  last_status_code: number | null;
  last_error: string | null;
  last_duration_ms: number | null;
  response_excerpt: string | null;
  created: string;
  delivered_at: string | null;
}

const post = (path: string, body: unknown = {}) => httpClient(path, { method: 'POST', body: JSON.stringify(body) });

export const fetchEventTypes = async (): Promise<string[]> => (await httpClient('/api/webhooks/event-types')).json as string[];

/** Sends a test event now; answers with its delivery, settled. */
export const sendTestEvent = async (id: number): Promise<DeliveryRecord> => (await post(`/api/webhooks/${id}/test`)).json as DeliveryRecord;

/** A new signing secret, returned this once; the old one signs alongside it for the overlap. */
export const rotateSecret = async (id: number): Promise<WebhookRecord & { secret: string }> =>
  (await post(`/api/webhooks/${id}/rotate-secret`)).json as WebhookRecord & { secret: string };

export const replayDelivery = async (id: number): Promise<DeliveryRecord> =>
  (await post(`/api/webhook-deliveries/${id}/replay`)).json as DeliveryRecord;
