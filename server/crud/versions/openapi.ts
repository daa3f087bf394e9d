import { componentName, errorResponse, idParameter, jsonBody, jsonContent, jsonSchemaOf } from '../openapi.js';
import type { Registry } from '../registry.js';
import { restoreBody, versionDetail, versionSummary } from './wire.js';

type Json = Record<string, unknown>;

const numberParameter = {
  name: 'n',
  in: 'path',
  required: true,
  description: 'The version number, from 1',
  schema: { type: 'integer', minimum: 1 },
};

/** The OpenAPI paths of the versions routes (versions/routes.ts) of every versioned resource. */
export function versionPaths(registry: Registry): Json {
  const paths: Json = {};
  for (const [name, { model }] of registry.versions) {
    const tags = [name];
    const base = `/api/${name}/{id}/versions`;
    paths[base] = {
      get: {
        tags,
        summary: `Versions of a ${model.noun}, newest first`,
        parameters: [
          idParameter,
          { name: 'range', in: 'query', description: 'JSON [first, last] row numbers, from 0', schema: { type: 'string' } },
        ],
        responses: {
          200: {
            description: 'Versions, without their snapshots; Content-Range: versions first-last/total',
            ...jsonContent({ type: 'array', items: jsonSchemaOf(versionSummary) }),
          },
          400: errorResponse('A malformed range'),
          404: errorResponse(`No such ${model.noun}`),
        },
      },
    };
    paths[`${base}/{n}`] = {
      get: {
        tags,
        summary: `One version of a ${model.noun}, with its snapshot`,
        parameters: [idParameter, numberParameter],
        responses: {
          200: { description: 'The version', ...jsonContent(jsonSchemaOf(versionDetail)) },
          404: errorResponse(`No such ${model.noun} or version`),
        },
      },
    };
    paths[`${base}/{n}/restore`] = {
      post: {
        tags,
        summary: `Write a version's fields back: a new version, audited like any update`,
        parameters: [idParameter, numberParameter],
        requestBody: jsonBody(jsonSchemaOf(restoreBody, 'input')),
        responses: {
          200: { description: `The ${model.noun} as restored`, ...jsonContent({ $ref: `#/components/schemas/${componentName(name)}` }) },
          403: errorResponse(`Your roles do not allow changing ${name}`),
          404: errorResponse(`No such ${model.noun} or version`),
          409: errorResponse('A stale row_version, or a rule refused the restored values (the publish checklist)'),
          422: errorResponse('row_version missing or not a number'),
        },
      },
    };
  }
  return paths;
}
