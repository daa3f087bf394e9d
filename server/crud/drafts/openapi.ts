import { componentName, errorResponse, idParameter, jsonBody, jsonContent, jsonSchemaOf } from '../openapi.js';
import type { Registry } from '../registry.js';
import { previewLinkBody, previewLinkReply, scheduleBody, scheduleEntry, scheduleReply } from '../schedule/wire.js';
import { publishBody } from './wire.js';

type Json = Record<string, unknown>;

const forbidden = (name: string) =>
  errorResponse(`Your roles do not allow changing every ${name} record (drafts, publishing and schedules are for them)`);

/** The OpenAPI paths of the editorial routes (drafts/routes.ts, preview/routes.ts) of every versioned resource. */
export function editorialPaths(registry: Registry): Json {
  const paths: Json = {
    '/api/schedule': {
      get: {
        tags: ['schedule'],
        summary: 'Scheduled publications of the versioned resources you read, soonest first',
        parameters: [
          { name: 'status', in: 'query', schema: { type: 'string', enum: ['pending', 'done', 'failed'] } },
          { name: 'resource', in: 'query', schema: { type: 'string' } },
          { name: 'range', in: 'query', description: 'JSON [first, last] row numbers, from 0', schema: { type: 'string' } },
        ],
        responses: {
          200: {
            description: 'Content-Range: schedule first-last/total',
            ...jsonContent({ type: 'array', items: jsonSchemaOf(scheduleEntry) }),
          },
          400: errorResponse('An unknown status or a malformed range'),
        },
      },
    },
    '/api/preview-links/rotate-key': {
      post: {
        tags: ['schedule'],
        summary: 'Revoke every preview link made so far (superusers)',
        responses: { 204: { description: 'Rotated' }, 403: errorResponse('Not a superuser') },
      },
    },
    '/preview/{token}': {
      get: {
        tags: ['schedule'],
        summary: 'A preview link: the record (or its draft) as the site would show it; no sign-in',
        security: [],
        parameters: [{ name: 'token', in: 'path', required: true, schema: { type: 'string' } }],
        responses: {
          200: { description: 'The rendered record', content: { 'text/html': { schema: { type: 'string' } } } },
          404: {
            description: 'Malformed, tampered with, expired or revoked (one body for all)',
            content: { 'text/html': { schema: { type: 'string' } } },
          },
        },
      },
    },
  };
  for (const [name, { model }] of registry.versions) {
    const tags = [name];
    const record = jsonContent({ $ref: `#/components/schemas/${componentName(name)}` });
    const base = `/api/${name}/{id}`;
    paths[`${base}/draft`] = {
      get: {
        tags,
        summary: `The ${model.noun} as its pending draft would make it (row_version: the draft's; live_row_version: the record's)`,
        parameters: [idParameter],
        responses: {
          200: { description: 'The draft', ...record },
          403: forbidden(name),
          404: errorResponse(`No such ${model.noun}, or no draft`),
        },
      },
      delete: {
        tags,
        summary: `Discard the ${model.noun}'s draft`,
        parameters: [idParameter],
        responses: {
          200: { description: 'The record, as live', ...record },
          403: forbidden(name),
          404: errorResponse(`No such ${model.noun}, or no draft`),
        },
      },
    };
    paths[`${base}/publish`] = {
      post: {
        tags,
        summary: `Publish the ${model.noun}: its draft's fields${model.options.versions?.publishColumn ? `, and ${model.options.versions.publishColumn} set` : ''}, through every check of a save`,
        parameters: [idParameter],
        requestBody: jsonBody(jsonSchemaOf(publishBody, 'input')),
        responses: {
          200: { description: 'The record, as published', ...record },
          403: forbidden(name),
          404: errorResponse(`No such ${model.noun}`),
          409: errorResponse("A stale row_version, nothing to publish, or a rule refused the draft's values"),
          422: errorResponse('Invalid fields'),
        },
      },
    };
    paths[`${base}/schedule`] = {
      put: {
        tags,
        summary: `Schedule the ${model.noun}'s publish${model.options.versions?.publishColumn ? ' and unpublish' : ''} (UTC instants; null clears)`,
        parameters: [idParameter],
        requestBody: jsonBody(jsonSchemaOf(scheduleBody, 'input')),
        responses: {
          200: { description: 'The pending schedule', ...jsonContent(jsonSchemaOf(scheduleReply)) },
          403: forbidden(name),
          404: errorResponse(`No such ${model.noun}`),
          422: errorResponse(
            'An instant in the past, an unpublish before the publish, or an unpublish of a resource without a published state',
          ),
        },
      },
    };
    paths[`${base}/preview-link`] = {
      post: {
        tags,
        summary: `A signed link showing the ${model.noun} (its draft by default) without signing in, until it expires`,
        parameters: [idParameter],
        requestBody: { required: false, ...jsonContent(jsonSchemaOf(previewLinkBody, 'input')) },
        responses: {
          201: { description: 'The link', ...jsonContent(jsonSchemaOf(previewLinkReply)) },
          403: forbidden(name),
          404: errorResponse(`No such ${model.noun}`),
          409: errorResponse('A draft asked for, and there is none'),
        },
      },
    };
  }
  return paths;
}
