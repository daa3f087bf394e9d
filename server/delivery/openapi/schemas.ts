import { jsonSchemaOf } from '../../crud/openapi.js';
import type { Registry } from '../../crud/registry.js';
import type { ColumnModel } from '../../crud/types.js';
import { PUBLIC_RESOURCES, type PublicField, type PublicResource } from '../publicResources.js';
import { V2_OMIT } from '../v2.js';
import type { Json, Version } from './versions.js';

/*
 * The bodies the public API sends and takes, typed from the admin model's columns (and, for writes,
 * from the admin's create schema, so both APIs document the rules they enforce). Inline, not
 * components: openApiDocument's components are the admin's.
 */

/** The JSON Schema of a column's values as PostgreSQL's row_to_json writes them. */
export function columnType(column: ColumnModel | undefined): Json {
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
  if (field.kind === 'related') return undefined;
  const name = field.kind === 'column' ? (field.column ?? field.name) : field.column;
  return registry.byName.get(resource.admin)?.model.columns.get(name);
}

/** One record as the version sends it: the declared fields in order, then resource_uri. */
export function objectSchema(registry: Registry, version: Version, resource: PublicResource): Json {
  const omitted = version.key === 'v2' ? [...(V2_OMIT[resource.key] ?? [])] : [];
  const properties: Json = {};
  for (const field of resource.fields) {
    if (omitted.includes(field.name)) continue;
    const column = columnOf(registry, resource, field);
    const optional = (schema: Json) => (column?.nullable ? nullable(schema) : schema);
    if (field.kind === 'column') properties[field.name] = columnType(column);
    else if (field.kind === 'related') properties[field.name] = field.schema;
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
export function bodySchema(registry: Registry, resource: PublicResource, whole: boolean): Json {
  const mounted = registry.byName.get(resource.admin);
  const create: Json = mounted ? jsonSchemaOf(mounted.schemas.create, 'input') : {};
  const adminProperties = (create.properties ?? {}) as Record<string, Json>;
  const adminRequired = new Set((create.required ?? []) as string[]);
  const properties: Json = {};
  const required: string[] = [];
  for (const field of resource.fields) {
    if (field.kind === 'related') continue; // read-only
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

/** v1's list body: a Tastypie page, {"meta", "objects"}. */
export function v1Envelope(object: Json): Json {
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
