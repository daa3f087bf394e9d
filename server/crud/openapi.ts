import { z } from 'zod';
import { MAX_PAGE_SIZE } from './listParams.js';
import type { MountedResource } from './registry.js';

type Json = Record<string, unknown>;
/** The component name of a resource's schemas: release-files → ReleaseFiles. */
export const componentName = (name: string) => name.replace(/(^|-)([a-z])/g, (_, __, c: string) => c.toUpperCase());

/**
 * JSON Schema for OpenAPI's components: zod writes shared sub-schemas under $defs with
 * document-relative refs, which must move to components/schemas to resolve there.
 */
function componentSchema(name: string, schema: z.ZodType, components: Json): Json {
  const { $schema: _ignored, $defs, ...rest } = z.toJSONSchema(schema, { unrepresentable: 'any' }) as Json & { $defs?: Json };
  const rename = (key: string) => `${name}_${key}`;
  const text = JSON.stringify(rest).replace(/"#\/\$defs\/([^"]+)"/g, (_, key: string) => `"#/components/schemas/${rename(key)}"`);
  for (const [key, value] of Object.entries($defs ?? {})) {
    components[rename(key)] = JSON.parse(
      JSON.stringify(value).replace(/"#\/\$defs\/([^"]+)"/g, (_, k: string) => `"#/components/schemas/${rename(k)}"`),
    );
  }
  return JSON.parse(text);
}

const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });
/** A zod schema as the document's JSON Schema: what a route takes (`input`) or sends (`output`). */
export const jsonSchemaOf = (zod: z.ZodType, io: 'input' | 'output' = 'output') => {
  const { $schema: _ignored, ...rest } = z.toJSONSchema(zod, { unrepresentable: 'any', io }) as Json;
  return rest;
};
/** A response's (or request's) JSON content of this schema. */
export const jsonContent = (schema: unknown) => ({ content: { 'application/json': { schema } } });
/** A required JSON request body of this schema. */
export const jsonBody = (schema: unknown) => ({ required: true, ...jsonContent(schema) });
/** An error response of the document: the one Error body, with what the status means here. */
export const errorResponse = (description: string) => ({ description, ...jsonContent(ref('Error')) });
/** The `{id}` of a record route. */
export const idParameter = { name: 'id', in: 'path', required: true, schema: { type: 'integer', minimum: 1 } };

/** PUT …/{id}?draft=true on a versioned resource: docs/api.md, Drafts. */
const draftParameter = {
  name: 'draft',
  in: 'query',
  description: "true: save to the record's pending draft, not the record (it must be live; row_version is the draft's when there is one)",
  schema: { type: 'boolean' },
};
const listParameters = [
  {
    name: 'sort',
    in: 'query',
    description: 'JSON ["field", "ASC" | "DESC"]; only declared fields.',
    schema: { type: 'string' },
    example: '["id","DESC"]',
  },
  {
    name: 'range',
    in: 'query',
    description: `JSON [first, last], inclusive, counting from 0; at most ${MAX_PAGE_SIZE} rows.`,
    schema: { type: 'string' },
    example: '[0,24]',
  },
  {
    name: 'filter',
    in: 'query',
    schema: { type: 'string' },
    example: '{"q":"python"}',
    description:
      'JSON object: {"field": value}, {"field": [a, b]}, {"field": null}, suffixes _gt _gte _lt _lte _neq _like, and "q" for search.',
  },
];

function resourcePaths({ model, schemas }: MountedResource, components: Json): Json {
  const name = componentName(model.name);
  components[name] = componentSchema(name, schemas.record, components);
  const tags = [model.name];
  const collection: Json = {};
  const item: Json = {};
  const common = {
    400: errorResponse('Malformed parameters or an undeclared field'),
    401: errorResponse('Not signed in'),
    403: errorResponse('Not allowed for your roles'),
  };
  if (model.operations.has('list')) {
    collection.get = {
      tags,
      summary: `List ${model.name}`,
      parameters: listParameters,
      responses: {
        200: {
          description: 'A page of records',
          headers: { 'Content-Range': { schema: { type: 'string' }, description: `${model.name} 0-24/319` } },
          ...jsonContent({ type: 'array', items: ref(name) }),
        },
        ...common,
      },
    };
  }
  if (model.operations.has('create')) {
    components[`${name}Create`] = componentSchema(`${name}Create`, schemas.create, components);
    collection.post = {
      tags,
      summary: `Create a ${model.name} record`,
      requestBody: jsonBody(ref(`${name}Create`)),
      responses: {
        201: { description: 'Created', ...jsonContent(ref(name)) },
        ...common,
        409: errorResponse('Unique value already used'),
        422: errorResponse('Invalid fields'),
      },
    };
  }
  if (model.operations.has('get')) {
    item.get = {
      tags,
      summary: `Get one ${model.name} record`,
      parameters: [idParameter],
      responses: { 200: { description: 'The record', ...jsonContent(ref(name)) }, ...common, 404: errorResponse('No such record') },
    };
  }
  if (model.operations.has('update')) {
    components[`${name}Update`] = componentSchema(`${name}Update`, schemas.update, components);
    item.put = {
      tags,
      summary: `Update a ${model.name} record`,
      parameters: model.options.versions ? [idParameter, draftParameter] : [idParameter],
      requestBody: jsonBody(ref(`${name}Update`)),
      responses: {
        200: { description: 'The updated record', ...jsonContent(ref(name)) },
        ...common,
        404: errorResponse('No such record'),
        409: errorResponse('Stale row_version or unique value already used'),
        422: errorResponse('Invalid fields'),
      },
    };
  }
  if (model.operations.has('delete')) {
    item.delete = {
      tags,
      summary: `Delete a ${model.name} record`,
      parameters: [idParameter],
      responses: {
        200: { description: 'The deleted record', ...jsonContent(ref(name)) },
        ...common,
        404: errorResponse('No such record'),
        409: errorResponse('Still used by other records'),
      },
    };
  }
  return {
    ...(Object.keys(collection).length ? { [`/api/${model.name}`]: collection } : {}),
    ...(Object.keys(item).length ? { [`/api/${model.name}/{id}`]: item } : {}),
  };
}

/** OpenAPI 3.1 for every route, from the same models and schemas that serve and validate them. */
export function openApiDocument(mounted: readonly MountedResource[], extraPaths: Json = {}): Json {
  const components: Json = {
    Error: {
      type: 'object',
      required: ['message'],
      properties: { message: { type: 'string' }, errors: { type: 'object', additionalProperties: { type: 'string' } } },
    },
  };
  // Merged per path: a resource's own routes may share a path with others (POST /api/media is an upload).
  const paths: Json = { ...extraPaths };
  for (const r of mounted) {
    for (const [path, item] of Object.entries(resourcePaths(r, components)))
      paths[path] = { ...(paths[path] as Json | undefined), ...(item as Json) };
  }
  return {
    openapi: '3.1.0',
    info: {
      title: 'python.org back office API',
      version: '1.0.0',
      description: 'Generic CRUD over every table of python.org, in the shape react-admin (ra-data-simple-rest) calls.',
    },
    paths,
    components: { schemas: components },
  };
}
