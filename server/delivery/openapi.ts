import { z } from 'zod';
import { idParameter, jsonBody, jsonContent } from '../crud/openapi.js';
import type { Registry } from '../crud/registry.js';
import type { ColumnModel } from '../crud/types.js';
import { PUBLIC_FILTERS, PUBLIC_RESOURCES, type PublicField, type PublicFilter, type PublicResource } from './publicResources.js';
import { V1_DEFAULT_LIMIT, V1_MAX_LIMIT, V1_PREFIX } from './v1.js';
import { V2_OMIT, V2_PATH } from './v2.js';

/*
 * The OpenAPI paths of the public front door (v1.ts, v2.ts, feeds), derived from the declarations in
 * publicResources.ts: each resource's fields become its object schema (typed from the admin model's
 * columns), its filters the list's query parameters, `writable` the write operations. Schemas are
 * inline: openApiDocument's components are the admin's; withPublicApi adds the security schemes.
 */

type Json = Record<string, unknown>;

const string = { type: 'string' };
const messages = { type: 'array', items: string };

/** What an error body of each API version looks like, for each kind of error. */
interface ErrorShapes {
  /** An invalid body or value: the fields with their messages. */
  fields: Json;
  /** An unknown or repeated filter. */
  filter: Json;
  /** Anything else. */
  other: Json;
}

interface Version {
  key: 'v1' | 'v2';
  prefix: string;
  tag: string;
  scheme: 'ApiKey' | 'Token';
  /** v1's related records and resource_uri are paths, v2's absolute URLs. */
  uri: Json;
  /** What the examples' URIs start with, before the prefix. */
  origin: string;
  errors: ErrorShapes;
}

const v1Error = {
  type: 'object',
  description: "Tastypie's error body: error_message, and each invalid field with its messages",
  required: ['error_message'],
  properties: { error_message: string },
  additionalProperties: messages,
};
const V1: Version = {
  key: 'v1',
  prefix: V1_PREFIX,
  tag: 'Public API v1',
  scheme: 'ApiKey',
  uri: { type: 'string', format: 'uri-reference' },
  origin: '',
  errors: { fields: v1Error, filter: v1Error, other: v1Error },
};
const V2: Version = {
  key: 'v2',
  prefix: V2_PATH,
  tag: 'Public API v2',
  scheme: 'Token',
  uri: { type: 'string', format: 'uri' },
  origin: 'https://www.python.org',
  errors: {
    fields: { type: 'object', description: 'Each invalid field with its messages', additionalProperties: messages },
    filter: { type: 'object', description: 'An unknown or repeated filter', required: ['error'], properties: { error: messages } },
    other: { type: 'object', required: ['detail'], properties: { detail: string } },
  },
};

/** An error response in the version's shape; several kinds are alternatives (v2 answers each differently). */
function errorOf(version: Version, description: string, ...kinds: (keyof ErrorShapes)[]): Json {
  const shapes = [...new Set((kinds.length ? kinds : ['other' as const]).map((kind) => version.errors[kind]))];
  return { description, ...jsonContent(shapes.length === 1 ? shapes[0] : { anyOf: shapes }) };
}

const header = (description: string, schema: Json = string) => ({ description, schema });
const CACHE_HEADERS = {
  ETag: header(
    "A strong tag of the rows the answer is made of (anonymous callers' and key holders' views are tagged apart): send it back in If-None-Match for a 304",
  ),
  'Cache-Control': header(
    'Anonymous answers: public, max-age=…, s-maxage=… (caches and the CDN may keep them); answers to a key holder: private, no-cache',
  ),
};
const IF_NONE_MATCH = {
  name: 'If-None-Match',
  in: 'header',
  required: false,
  description: 'ETags of a copy the client holds ("*" for any): when one is current the answer is a 304 without a body',
  schema: string,
};
const FORMAT = {
  name: 'format',
  in: 'query',
  required: false,
  description: 'Only json is served (the default)',
  schema: { enum: ['json'] },
};

const notModified = {
  description: "Not Modified: If-None-Match names the answer's current ETag; no body",
  headers: CACHE_HEADERS,
};
function tooMany(version: Version): Json {
  return {
    ...errorOf(version, 'Too many requests from this address: anonymous callers are limited per minute; API keys are not'),
    headers: { 'Retry-After': header('Seconds to wait before trying again', { type: 'integer', minimum: 1 }) },
  };
}

/** A successful read: its body, and the headers caches go by. */
function readAnswer(resource: PublicResource, description: string, schema: Json, id: boolean): Json {
  const { collection, record } = resource.keys;
  const keys = id ? `${collection} ${record}-<id>` : `${collection}, then ${record}-<id> for each record listed`;
  return {
    description,
    headers: {
      ...CACHE_HEADERS,
      'Surrogate-Key': header(`Anonymous answers only: the CDN keys that purge this answer, space-separated: ${keys}`),
      Vary: header("Authorization: anonymous answers and key holders' differ"),
    },
    ...jsonContent(schema),
  };
}

/** The JSON Schema of a column's values as PostgreSQL's row_to_json writes them. */
function columnType(column: ColumnModel | undefined): Json {
  if (!column) return {};
  const oneOf = column.rules.find((rule) => rule.kind === 'oneOf');
  const base: Json = {
    integer: { type: 'integer' },
    string: { type: 'string' },
    boolean: { type: 'boolean' },
    timestamp: { type: 'string', format: 'date-time' },
    date: { type: 'string', format: 'date' },
    json: {},
  }[column.kind];
  if (oneOf) base.enum = [...oneOf.values];
  return column.nullable ? nullable(base) : base;
}

function nullable(schema: Json): Json {
  if (typeof schema.type === 'string') {
    const { enum: values, ...rest } = schema;
    return { ...rest, type: [schema.type, 'null'], ...(Array.isArray(values) ? { enum: [...values, null] } : {}) };
  }
  return schema;
}

/** The admin column behind a public field (`os` is `os_id`), when the admin model has it. */
function columnOf(registry: Registry, resource: PublicResource, field: PublicField): ColumnModel | undefined {
  const name = field.kind === 'column' ? (field.column ?? field.name) : field.column;
  return registry.byName.get(resource.admin)?.model.columns.get(name);
}

/** One record as the version sends it: the declared fields in order, then resource_uri. */
function objectSchema(registry: Registry, version: Version, resource: PublicResource): Json {
  const omitted = version.key === 'v2' ? [...(V2_OMIT[resource.key] ?? [])] : [];
  const properties: Json = {};
  for (const field of resource.fields) {
    if (omitted.includes(field.name)) continue;
    const column = columnOf(registry, resource, field);
    const optional = (schema: Json) => (column?.nullable ? nullable(schema) : schema);
    if (field.kind === 'column') properties[field.name] = columnType(column);
    else if (field.kind === 'time') properties[field.name] = optional({ type: 'string', format: 'date-time', description: 'In UTC' });
    else {
      const target = PUBLIC_RESOURCES[field.target].path;
      properties[field.name] = optional({ ...version.uri, description: `The ${target} record's resource URI` });
    }
  }
  properties.resource_uri = { ...version.uri, description: "This record's URI" };
  return {
    type: 'object',
    description: `A ${resource.path} record, as API ${version.key} sends it`,
    required: Object.keys(properties),
    properties,
  };
}

/** A write's body: the same fields, related records as resource URIs (or pks), checked by the admin's rules. */
function bodySchema(registry: Registry, resource: PublicResource, whole: boolean): Json {
  const mounted = registry.byName.get(resource.admin);
  const create = mounted ? (z.toJSONSchema(mounted.schemas.create, { unrepresentable: 'any', io: 'input' }) as Json) : {};
  const adminProperties = (create.properties ?? {}) as Record<string, Json>;
  const adminRequired = new Set((create.required ?? []) as string[]);
  const properties: Json = {};
  const required: string[] = [];
  for (const field of resource.fields) {
    const column = columnOf(registry, resource, field);
    const optional = (schema: Json) => (column?.nullable ? nullable(schema) : schema);
    const admin = field.kind === 'column' ? (field.column ?? field.name) : field.column;
    if (!(admin in adminProperties)) continue; // not written by clients (server-managed or read-only)
    if (whole && adminRequired.has(admin)) required.push(field.name);
    if (field.kind === 'column') properties[field.name] = adminProperties[admin];
    else if (field.kind === 'time') {
      properties[field.name] = optional({
        type: 'string',
        description: 'An ISO 8601 time; a date (2024-10-07) or a time without a zone is read as UTC',
        example: '2024-10-07T00:00:00Z',
      });
    } else {
      const target = PUBLIC_RESOURCES[field.target].path;
      properties[field.name] = {
        anyOf: [
          { type: 'string', description: `A ${target} record's resource URI (v1's path or v2's URL), or its pk as text` },
          { type: 'integer', minimum: 1, description: `A ${target} record's pk` },
          ...(column?.nullable ? [{ type: 'null' }] : []),
        ],
      };
    }
  }
  const ignored = { description: 'Ignored: a record may be sent back as it was read' };
  return {
    type: 'object',
    description: whole
      ? `A ${resource.path} record with every field a create requires; the fields left out keep their values`
      : `The ${resource.path} fields to change`,
    properties: { ...properties, resource_uri: ignored, id: ignored },
    ...(required.length ? { required } : {}),
    additionalProperties: false,
  };
}

const OPS: Record<PublicFilter['op'], string> = {
  eq: 'is',
  gt: 'is after',
  gte: 'is at or after',
  lt: 'is before',
  lte: 'is at or before',
  contains: 'contains (case-sensitive)',
  minor: '',
};

/** A declared filter as a query parameter: its type, and what it selects. */
function filterParameter(registry: Registry, resource: PublicResource, name: string, filter: PublicFilter): Json {
  const subject = name.split('__')[0];
  let description: string;
  let schema: Json;
  if (filter.op === 'minor') {
    description =
      'Releases of a version, matched on the number in the release name: 3 (every 3.x), 3.13 (every 3.13.x, pre-releases included) or 3.13.1 (that release and its pre-releases)';
    schema = { type: 'string', example: '3.13' };
  } else if (filter.type === 'id') {
    const target = resource.fields.find((f) => f.kind === 'uri' && f.column === filter.column);
    const path = target?.kind === 'uri' ? PUBLIC_RESOURCES[target.target].path : subject;
    description = `Records of this ${path} record: its pk or resource URI`;
    schema = { type: 'string', example: '1' };
  } else {
    const column = registry.byName.get(resource.admin)?.model.columns.get(filter.column);
    const { enum: values } = columnType(column && { ...column, nullable: false });
    const types = { text: 'string', int: 'integer', bool: 'boolean', time: 'string' } as const;
    schema = { type: types[filter.type], ...(Array.isArray(values) ? { enum: values } : {}) };
    const value = { text: 'this text', int: 'this number', bool: 'true or false (or 1, 0)', time: 'this date or ISO 8601 time' };
    description = `Records whose ${subject} ${OPS[filter.op]} ${value[filter.type]}`;
    if (filter.type === 'time') schema.example = '2024-10-07';
  }
  return { name, in: 'query', required: false, description, schema };
}

function listParameters(registry: Registry, version: Version, resource: PublicResource): Json[] {
  const filters = Object.entries(PUBLIC_FILTERS[resource.key]).map(([name, filter]) => filterParameter(registry, resource, name, filter));
  const page =
    version.key === 'v1'
      ? [
          {
            name: 'limit',
            in: 'query',
            required: false,
            description: `Records per page: ${V1_DEFAULT_LIMIT} by default, at most ${V1_MAX_LIMIT}; 0 means ${V1_MAX_LIMIT}`,
            schema: { type: 'integer', minimum: 0, default: V1_DEFAULT_LIMIT },
          },
          {
            name: 'offset',
            in: 'query',
            required: false,
            description: 'How many records to skip',
            schema: { type: 'integer', minimum: 0, default: 0 },
          },
        ]
      : [];
  return [...filters, ...page, FORMAT, IF_NONE_MATCH];
}

function v1Envelope(object: Json): Json {
  const link = { type: ['string', 'null'], format: 'uri-reference', description: 'The path of the page, with the same query, or null' };
  return {
    type: 'object',
    required: ['meta', 'objects'],
    properties: {
      meta: {
        type: 'object',
        required: ['limit', 'next', 'offset', 'previous', 'total_count'],
        properties: {
          limit: { type: 'integer' },
          next: link,
          offset: { type: 'integer' },
          previous: link,
          total_count: { type: 'integer', description: 'Records matching the filters, on every page' },
        },
      },
      objects: { type: 'array', items: object },
    },
  };
}

/** Who sees which rows: everyone every row, unless the resource declares which rows are public. */
const visibility = (resource: PublicResource) =>
  resource.publicRows
    ? 'Anonymous callers (and keys whose roles do not read the resource in the admin) see only what python.org shows the public: published releases, the files of published releases and published pages; anything else is a 404 like a missing record.'
    : 'Every record, for every caller.';

/** The list and record paths of one resource in one version, and its writes. */
function resourcePaths(registry: Registry, version: Version, resource: PublicResource): Json {
  const { tag, scheme } = version;
  const tags = [tag];
  const object = objectSchema(registry, version, resource);
  const read = [{}, { [scheme]: [] }];
  const write = [{ [scheme]: [] }];
  const operationId = (verb: string) => `${version.key}_${verb}_${resource.key}`;
  const unauthorized = errorOf(version, 'The key is invalid, revoked or sent in the wrong form');
  const writeErrors = (invalid: string): Json => ({
    400: errorOf(version, invalid, 'fields', 'other'),
    401: errorOf(version, 'No key, or the key is invalid'),
    403: errorOf(version, "The key's roles may not write this resource"),
    413: errorOf(version, 'The body is larger than 1 MB'),
    415: errorOf(version, 'The body is not sent as application/json'),
    429: tooMany(version),
  });
  const base = `${version.prefix}${resource.path}/`;
  const collection: Json = {
    get: {
      tags,
      operationId: operationId('list'),
      summary: version.key === 'v1' ? `List ${resource.path} records, a page at a time` : `List every ${resource.path} record`,
      description: visibility(resource),
      security: read,
      parameters: listParameters(registry, version, resource),
      responses: {
        200: readAnswer(
          resource,
          version.key === 'v1' ? 'A page of records, with meta' : 'Every matching record',
          version.key === 'v1' ? v1Envelope(object) : { type: 'array', items: object },
          false,
        ),
        304: notModified,
        400: errorOf(version, 'An unknown, repeated or invalid filter or parameter', 'filter', 'other'),
        401: unauthorized,
        429: tooMany(version),
      },
    },
  };
  const item: Json = {
    get: {
      tags,
      operationId: operationId('get'),
      summary: `One ${resource.path} record`,
      description: visibility(resource),
      security: read,
      parameters: [idParameter, FORMAT, IF_NONE_MATCH],
      responses: {
        200: readAnswer(resource, 'The record', object, true),
        304: notModified,
        400: errorOf(version, 'An invalid parameter'),
        401: unauthorized,
        404: errorOf(version, 'No such record, or not one the caller may see'),
        429: tooMany(version),
      },
    },
  };
  if (resource.writable) {
    const location = header(`The new record's URI, e.g. ${version.origin}${base}1/`);
    collection.post = {
      tags,
      operationId: operationId('create'),
      summary: `Create a ${resource.path} record`,
      security: write,
      requestBody: jsonBody(bodySchema(registry, resource, true)),
      responses: {
        201:
          version.key === 'v1'
            ? { description: 'Created: no body, its URI in Location', headers: { Location: location } }
            : { description: 'Created: the record', headers: { Location: location }, ...jsonContent(object) },
        ...writeErrors('Invalid fields, a related record that does not exist, or a slug or URL already used'),
      },
    };
    const deleted = {
      tags,
      operationId: operationId('delete'),
      summary: `Delete a ${resource.path} record`,
      security: write,
      parameters: [idParameter],
      responses: {
        204: { description: 'Deleted' },
        401: errorOf(version, 'No key, or the key is invalid'),
        403: errorOf(version, "The key's roles may not delete it"),
        404: errorOf(version, 'No such record'),
        409: errorOf(version, 'Still used by other records'),
        429: tooMany(version),
      },
    };
    if (version.key === 'v2') {
      const update = (whole: boolean) => ({
        tags,
        operationId: operationId(whole ? 'replace' : 'update'),
        summary: whole ? `Replace a ${resource.path} record` : `Change some fields of a ${resource.path} record`,
        security: write,
        parameters: [idParameter],
        requestBody: jsonBody(bodySchema(registry, resource, whole)),
        responses: {
          200: { description: 'The record as saved', ...jsonContent(object) },
          ...writeErrors('Invalid fields'),
          404: errorOf(version, 'No such record'),
          409: errorOf(version, 'The record changed while this write was being made: send it again'),
        },
      });
      item.put = update(true);
      item.patch = update(false);
    }
    item.delete = deleted;
  }
  return { [base]: collection, [`${base}{id}/`]: item };
}

/** Deleting every file of a release at once: what the upload script does before it posts them again. */
function deleteByRelease(version: Version): Json {
  const release = {
    name: 'release',
    in: 'query',
    required: true,
    description: 'The release whose files to delete: its pk (or resource URI)',
    schema: { type: 'string', example: '1' },
  };
  const operation = {
    tags: [version.tag],
    operationId: `${version.key}_delete_files_of_release`,
    summary: "Delete every file of a release, in one transaction (each audited as the key's owner)",
    security: [{ [version.scheme]: [] }],
    parameters: [release],
    responses: {
      204: { description: 'Deleted, if there were any' },
      400: errorOf(version, version.key === 'v1' ? 'No release given, or another filter with it' : 'No release given', 'fields', 'other'),
      401: errorOf(version, 'No key, or the key is invalid'),
      403: errorOf(version, "The key's roles may not delete release files"),
      404: errorOf(version, 'No such release'),
      429: tooMany(version),
    },
  };
  const files = PUBLIC_RESOURCES.release_file.path;
  return version.key === 'v1'
    ? { [`${V1_PREFIX}${files}/`]: { delete: operation } }
    : { [`${V2_PATH}${files}/delete_by_release/`]: { delete: operation } };
}

/** The RSS feeds and iCalendar calendars (delivery/feeds/): anonymous, cached like the API's reads, errors as {"detail": …}. */
function feedPaths(): Json {
  const error = (description: string) => ({ description, ...jsonContent(V2.errors.other) });
  const feed = (path: string, summary: string, type: string, parameters: Json[] = [], errors: Json = {}) => ({
    [path]: {
      get: {
        tags: ['Feeds'],
        summary,
        security: [{}],
        parameters: [...parameters, IF_NONE_MATCH],
        responses: {
          200: {
            description: summary,
            headers: {
              ETag: CACHE_HEADERS.ETag,
              'Cache-Control': header('public, max-age=…, s-maxage=…: caches and the CDN may keep it'),
              'Surrogate-Key': header('The CDN keys that purge this answer, space-separated'),
            },
            content: { [type]: { schema: string } },
          },
          304: notModified,
          400: error('The Host header names no valid host (links in the feed are made from it)'),
          ...errors,
          429: {
            ...error('Too many requests from this address'),
            headers: { 'Retry-After': header('Seconds to wait before trying again', { type: 'integer', minimum: 1 }) },
          },
        },
      },
    },
  });
  const rss = 'application/rss+xml';
  return {
    ...feed('/jobs/feed/rss/', 'The latest approved jobs, as RSS', rss),
    ...feed('/downloads/feed.rss', 'The latest published releases, as RSS', rss),
    ...feed('/psf/records/board/minutes/feed/', "The PSF board's latest minutes, as RSS", rss),
    ...feed(
      '/events/calendars/{slug}.ics',
      "A calendar's events, as iCalendar",
      'text/calendar',
      [{ name: 'slug', in: 'path', required: true, description: "The calendar's slug", schema: string }],
      { 404: error('No such calendar') },
    ),
  };
}

/** Every path of the front door: API v1 and v2 over each public resource, their bulk deletes, the feeds. */
export function publicApiPaths(registry: Registry): Json {
  const paths: Json = {};
  for (const version of [V1, V2]) {
    for (const resource of Object.values(PUBLIC_RESOURCES)) Object.assign(paths, resourcePaths(registry, version, resource));
    // v1's bulk delete is a method of the release files' list; v2's a path of its own.
    for (const [path, item] of Object.entries(deleteByRelease(version))) paths[path] = { ...(paths[path] as Json), ...(item as Json) };
  }
  return { ...paths, ...feedPaths() };
}

const PATHS_NOTE =
  ' Paths end in a slash: one without is redirected there (301 for GET and HEAD, 308 otherwise, the query kept); a method a path does not take is a 405 naming those it does in Allow.';

const authorization = (example: string) =>
  `An API token of the admin (Account → API tokens), in the Authorization header: "${example}"; "Bearer <key>" is taken too. ` +
  'Without one, reads are anonymous. Never in the URL.';

/** The security schemes and tags the public paths name (openApiDocument's components hold only schemas). */
export function withPublicApi<T extends Json>(document: T): T {
  const components = (document.components ?? {}) as Json;
  return {
    ...document,
    tags: [
      ...((document.tags as Json[] | undefined) ?? []),
      {
        name: V1.tag,
        description: `python.org's API v1 (Tastypie), at ${V1_PREFIX}: lists are {"meta", "objects"} pages; related records are paths. Errors are {"error_message": …}.${PATHS_NOTE}`,
      },
      {
        name: V2.tag,
        description: `python.org's API v2 (Django REST framework), at ${V2_PATH}: lists are arrays of every matching record; related records are absolute URLs; releases leave out content. Errors are {"detail": …}, {"error": […]} for filters, {"<field>": […]} for bodies.${PATHS_NOTE}`,
      },
      { name: 'Feeds', description: 'RSS feeds and iCalendar calendars, for anyone' },
    ],
    components: {
      ...components,
      securitySchemes: {
        ...((components.securitySchemes as Json | undefined) ?? {}),
        ApiKey: { type: 'apiKey', in: 'header', name: 'Authorization', description: authorization('ApiKey <username>:<key>') },
        Token: { type: 'apiKey', in: 'header', name: 'Authorization', description: authorization('Token <key>') },
      },
    },
  };
}
