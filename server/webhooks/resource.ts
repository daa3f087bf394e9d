import { defineResource } from '../crud/resource.js';
import type { WriteRule } from '../crud/types.js';
import { Webhook } from '../entities/Webhook.js';
import { WebhookDelivery } from '../entities/WebhookDelivery.js';
import { WebhookHeader } from '../entities/WebhookHeader.js';
import { HttpError } from '../http/errors.js';
import { checkTargetUrl } from '../outbound/request.js';
import { announcedResources, eventTypes } from './eventTypes.js';

const access = { read: ['integrations'], write: ['integrations'] } as const;

/**
 * What a webhook may be set to: a target URL of the outbound rule's form (its address is checked at
 * each delivery, DNS can change), events and a resource filter that exist, and a state change said in
 * words. Resuming a webhook clears its failure count.
 */
const webhookSettings: WriteRule = {
  name: 'webhook settings',
  check({ operation, input, before, actor, stamps }) {
    if (operation === 'delete') return;
    const errors: Record<string, string> = {};
    if (typeof input.url === 'string') {
      const url = checkTargetUrl(input.url);
      if (typeof url === 'string') errors.url = url;
    }
    if (input.events !== undefined) {
      const known = new Set(eventTypes());
      const events = input.events;
      if (!Array.isArray(events) || events.some((e) => typeof e !== 'string')) errors.events = 'Must be a list of event types.';
      else {
        const unknown = (events as string[]).filter((e) => !known.has(e));
        if (unknown.length) errors.events = `Unknown event types: ${unknown.slice(0, 5).join(', ')}. See GET /api/webhooks/event-types.`;
        else if (events.length > 200) errors.events = 'At most 200 event types.';
      }
    }
    if (typeof input.resource_filter === 'string' && !announcedResources().includes(input.resource_filter)) {
      errors.resource_filter = `No resource "${input.resource_filter}" announces its changes.`;
    }
    if (operation === 'update' && input.kind !== undefined && input.kind !== before?.kind) {
      errors.kind = 'A webhook stays the kind it was made as: make a new one instead.';
    }
    if (Object.keys(errors).length) throw new HttpError(422, `Please correct ${Object.keys(errors).join(', ')}.`, errors);
    if (operation === 'update' && input.state !== undefined && input.state !== before?.state) {
      const who = actor ? actor.username : 'the system';
      stamps.state_reason = input.state === 'active' ? null : `${input.state === 'paused' ? 'Paused' : 'Disabled'} by ${who}.`;
      if (input.state === 'active') stamps.consecutive_failures = 0;
    }
  },
};

export const webhooks = defineResource(Webhook, {
  path: 'webhooks',
  // Created by POST /api/webhooks (routes.ts), which answers with the generated secret, once.
  operations: ['list', 'get', 'update', 'delete'],
  access,
  quickSearch: 'name',
  filters: ['kind', 'state', 'resource_filter', 'created'],
  sort: ['name', 'created', 'state', 'kind'],
  defaultSort: ['name', 'ASC'],
  secret: ['secret', 'previous_secret'],
  readOnly: ['consecutive_failures', 'state_reason', 'previous_secret_expires'],
  writeOnly: {
    token: {
      maxLength: 200,
      description:
        "A CDN target's API token (Fastly-Key); on a webhook, a signing secret of your own (whsec_ + base64) in place of the generated one.",
      toColumns: async (value) => ({ secret: value }),
    },
  },
  rules: [webhookSettings],
  constraintMessages: {
    chk_webhooks_service: { field: 'service_id', message: 'Required for a CDN purge target: the service whose keys are purged.' },
  },
});

export const webhookHeaders = defineResource(WebhookHeader, {
  path: 'webhook-headers',
  access,
  filters: ['webhook_id'],
  sort: ['name'],
  defaultSort: ['name', 'ASC'],
  secret: ['secret_value'],
  writeOnly: {
    value: { minLength: 1, maxLength: 2000, requiredOnCreate: true, toColumns: async (value) => ({ secret_value: value }) },
  },
  constraintMessages: { uq_webhook_headers_name: { field: 'name', message: 'This webhook already sends a header of that name.' } },
});

export const webhookDeliveries = defineResource(WebhookDelivery, {
  path: 'webhook-deliveries',
  operations: ['list', 'get'],
  access,
  filters: ['webhook_id', 'status', 'event_type', 'resource', 'record_id', 'created'],
  sort: ['created', 'next_attempt_at', 'attempts'],
  defaultSort: ['created', 'DESC'],
});
