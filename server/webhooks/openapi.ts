import { errorResponse, jsonContent } from '../crud/openapi.js';

type Json = Record<string, unknown>;

const idParameter = { name: 'id', in: 'path', required: true, schema: { type: 'integer', minimum: 1 } };
const webhook = { $ref: '#/components/schemas/Webhooks' };
const delivery = { $ref: '#/components/schemas/WebhookDeliveries' };
const withSecret = {
  allOf: [
    webhook,
    {
      type: 'object',
      properties: { secret: { type: 'string', description: 'The signing secret (whsec_…): in this answer and no other' } },
    },
  ],
};
const denied = { 401: errorResponse('Not signed in'), 403: errorResponse('Your roles do not allow it (integrations)') };

/** The OpenAPI paths of the webhooks' own routes (server/webhooks/routes.ts); their CRUD is the generic one. */
export const webhookPaths: Json = {
  '/api/webhooks': {
    post: {
      tags: ['webhooks'],
      summary: 'Create a webhook or CDN purge target; a generated signing secret is returned this once',
      // Not the generic create (webhooks have none): its own route, for the secret in its answer.
      'x-own-route': true,
      requestBody: {
        required: true,
        ...jsonContent({
          type: 'object',
          required: ['name', 'url'],
          additionalProperties: false,
          properties: {
            name: { type: 'string', maxLength: 200 },
            kind: { type: 'string', enum: ['webhook', 'fastly_purge'], default: 'webhook' },
            url: { type: 'string', format: 'uri', description: 'The receiver; for a CDN target, its API base' },
            events: {
              type: 'array',
              items: { type: 'string' },
              description: 'Event types (GET /api/webhooks/event-types); empty: every event',
            },
            resource_filter: { type: ['string', 'null'], description: 'Only events of this resource' },
            service_id: { type: ['string', 'null'], description: 'The CDN service (required for fastly_purge)' },
            token: {
              type: 'string',
              writeOnly: true,
              description: "A CDN target's API token (required); on a webhook, a secret of your own (whsec_…) instead of a generated one",
            },
          },
        }),
      },
      responses: {
        201: { description: 'The new record, with `secret` when one was generated', ...jsonContent(withSecret) },
        ...denied,
        422: errorResponse('A field is invalid: unknown event types, a URL that is not http(s), a CDN target without its token'),
      },
    },
  },
  '/api/webhooks/event-types': {
    get: {
      tags: ['webhooks'],
      summary: 'Every event type a webhook may ask for',
      responses: { 200: { description: 'Event types', ...jsonContent({ type: 'array', items: { type: 'string' } }) }, ...denied },
    },
  },
  '/api/webhooks/{id}/rotate-secret': {
    post: {
      tags: ['webhooks'],
      summary: 'Make a new signing secret; the old one signs too for WEBHOOK_SECRET_OVERLAP_HOURS',
      parameters: [idParameter],
      requestBody: { required: false, ...jsonContent({ type: 'object', properties: { row_version: { type: 'integer' } } }) },
      responses: {
        200: { description: 'The record and its new secret, shown this once', ...jsonContent(withSecret) },
        ...denied,
        404: errorResponse('No such webhook'),
        409: errorResponse('A CDN target (it has a token), or a stale row_version'),
      },
    },
  },
  '/api/webhooks/{id}/test': {
    post: {
      tags: ['webhooks'],
      summary: 'Send a webhook.test event (a test purge for a CDN target) now',
      parameters: [idParameter],
      responses: {
        201: { description: 'The delivery, as it went', ...jsonContent(delivery) },
        ...denied,
        404: errorResponse('No such webhook'),
        409: errorResponse('The webhook is paused or disabled'),
      },
    },
  },
  '/api/webhook-deliveries/{id}/replay': {
    post: {
      tags: ['webhook-deliveries'],
      summary: 'Send a failed or delivered delivery again: same webhook-id and body, its tries reset',
      parameters: [idParameter],
      responses: {
        200: { description: 'The delivery, pending again', ...jsonContent(delivery) },
        ...denied,
        404: errorResponse('No such delivery'),
        409: errorResponse('It is still pending or being delivered'),
      },
    },
  },
};
