import { errorResponse, idParameter, jsonContent } from '../crud/openapi.js';

const flag = (name: string, description: string) => ({
  name,
  in: 'query',
  required: false,
  description,
  schema: { enum: ['true', 'false'] },
});
const fileRef = { type: 'object', required: ['id', 'url'], properties: { id: { type: 'integer' }, url: { type: 'string' } } };
const rowError = {
  type: 'object',
  required: ['row', 'field', 'message'],
  properties: {
    row: { type: 'integer', minimum: 1, description: 'Data row, from 1; a CSV header is not a row' },
    field: { type: 'string' },
    message: { type: 'string' },
  },
};
const report = {
  type: 'object',
  required: ['create', 'update', 'unchanged', 'delete', 'errors'],
  properties: {
    create: { type: 'array', items: { $ref: '#/components/schemas/ReleaseFilesCreate' } },
    update: {
      type: 'array',
      items: {
        type: 'object',
        required: ['id', 'url', 'changes'],
        properties: {
          id: { type: 'integer' },
          url: { type: 'string' },
          changes: { type: 'object', additionalProperties: { type: 'object', properties: { old: {}, new: {} } } },
        },
      },
    },
    unchanged: { type: 'array', items: fileRef },
    delete: { type: 'array', items: fileRef },
    errors: { type: 'array', items: rowError },
  },
};
const manifestRow = {
  type: 'object',
  description:
    "A release-file record as POST /api/release-files takes it; release_id may be left out, and os (an operating system's slug) may stand for os_id",
  properties: { os: { type: 'string' } },
  additionalProperties: true,
};

/** POST /api/releases/{id}/files/import (server/routes/releaseImport.ts). */
export const releasePaths = {
  '/api/releases/{id}/checklist': {
    get: {
      tags: ['releases'],
      summary: 'What the release needs before publishing; publishing without it takes a publish_override (PUT /api/releases/{id})',
      parameters: [idParameter],
      responses: {
        200: {
          description: 'The checklist',
          ...jsonContent({
            type: 'object',
            required: ['ready', 'items'],
            properties: {
              ready: { type: 'boolean' },
              items: {
                type: 'array',
                items: {
                  type: 'object',
                  required: ['key', 'label', 'ok', 'detail'],
                  properties: {
                    key: { enum: ['download_buttons', 'signatures', 'release_notes', 'release_date'] },
                    label: { type: 'string' },
                    ok: { type: 'boolean' },
                    detail: { type: 'string', description: 'What is missing; when ok, what was found' },
                  },
                },
              },
            },
          }),
        },
        401: errorResponse('Not signed in'),
        403: errorResponse('Your roles do not allow reading releases'),
        404: errorResponse('No such release'),
      },
    },
  },
  '/api/releases/{id}/files/import': {
    post: {
      tags: ['releases'],
      summary: "Check and apply a manifest of the release's files: matched to existing files by url, all rows or none",
      parameters: [
        idParameter,
        flag('dry_run', 'true: only report what would change'),
        flag('replace', "true: also delete the release's files the manifest does not list"),
      ],
      requestBody: {
        required: true,
        content: {
          ...jsonContent({ type: 'array', minItems: 1, maxItems: 10000, items: manifestRow }).content,
          'text/csv': { schema: { type: 'string', description: 'A header row of field names, then one file per row' } },
        },
      },
      responses: {
        200: { description: 'The plan: applied unless dry_run', ...jsonContent(report) },
        400: errorResponse('Not a JSON array or readable CSV; unknown CSV column'),
        401: errorResponse('Not signed in'),
        403: errorResponse('Not a release manager'),
        404: errorResponse('No such release'),
        409: errorResponse('A concurrent change to the same files'),
        413: errorResponse('More than 10,000 rows or 20 MB'),
        422: {
          description: 'Some rows have errors (errors lists them); nothing was changed',
          ...jsonContent({ allOf: [report, { type: 'object', required: ['message'], properties: { message: { type: 'string' } } }] }),
        },
      },
    },
  },
};
