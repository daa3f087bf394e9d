/**
 * The routes to fuzz, read from what the server publishes: `GET /api/openapi.json` (every route,
 * its parameters and body schema) and `GET /api/meta/resources` (each resource's fields with their
 * rules, filters and sort fields). A new route or field is fuzzed without touching the suite.
 */

import type { FieldDescription, ResourceDescription } from '../../../server/domain/resourceDescription.js';

export interface Schema {
  type?: string | string[];
  $ref?: string;
  properties?: Record<string, Schema>;
  items?: Schema;
  enum?: unknown[];
  anyOf?: Schema[];
  oneOf?: Schema[];
  required?: string[];
  pattern?: string;
  maxLength?: number;
  minimum?: number;
}

export interface Parameter {
  name: string;
  in: 'path' | 'query' | 'header' | 'cookie';
  required?: boolean;
  schema?: Schema;
}

export interface OpenApiDocument {
  paths: Record<
    string,
    Record<
      string,
      { parameters?: Parameter[]; requestBody?: { content: Record<string, { schema: Schema }> }; security?: Record<string, string[]>[] }
    >
  >;
  components?: { schemas?: Record<string, Schema> };
}

/** A field as /api/meta/resources describes it; the index signature lets the suite notice rule keys added later. */
export type FieldMeta = FieldDescription & { [rule: string]: unknown };

export type ResourceMeta = Omit<ResourceDescription, 'fields'> & { fields: FieldMeta[] };

export interface Route {
  method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  /** The OpenAPI path, e.g. /api/jobs/{id}/{action}. */
  path: string;
  key: string;
  pathParams: Parameter[];
  queryParams: Parameter[];
  /** Content types the body may have, and the JSON body's schema (refs resolved). */
  body?: { contentTypes: string[]; schema?: Schema };
  /** The resource whose records fill `{id}` (the first path segment after /api naming one). */
  resource?: ResourceMeta;
  /** A generic CRUD route: `/api/{resource}` or `/api/{resource}/{id}`. */
  crud?: 'collection' | 'item';
  /**
   * The operation names its own security schemes (python.org's public API: ApiKey, Token), so a
   * session cookie does not authenticate it: a cookie write there is refused as unauthenticated (401).
   */
  ignoresCookies: boolean;
}

const METHODS = ['get', 'post', 'put', 'patch', 'delete'] as const;

export function readRoutes(document: OpenApiDocument, meta: ResourceMeta[]): Route[] {
  const byName = new Map(meta.map((r) => [r.name, r]));
  const routes: Route[] = [];
  for (const [path, operations] of Object.entries(document.paths)) {
    for (const method of METHODS) {
      const operation = operations[method];
      if (!operation) continue;
      const parameters = (operation.parameters ?? []).map((p) => resolve(document, p as Schema) as unknown as Parameter);
      const segments = path.split('/').slice(2);
      const resource = byName.get(segments[0]);
      const crud =
        resource && segments.length === 1 ? 'collection' : resource && segments.length === 2 && segments[1] === '{id}' ? 'item' : undefined;
      const content = operation.requestBody?.content;
      const upper = method.toUpperCase() as Route['method'];
      routes.push({
        method: upper,
        path,
        key: `${upper} ${path}`,
        pathParams: parameters.filter((p) => p.in === 'path'),
        queryParams: parameters.filter((p) => p.in === 'query'),
        body: content
          ? {
              contentTypes: Object.keys(content),
              schema: content['application/json'] ? (resolve(document, content['application/json'].schema) as Schema) : undefined,
            }
          : undefined,
        resource,
        crud,
        ignoresCookies: operation.security !== undefined,
      });
    }
  }
  return routes;
}

/** Resolves `$ref`s (deeply), so a schema can be walked without the document. */
export function resolve(document: OpenApiDocument, schema: Schema, depth = 0): Schema {
  if (depth > 20 || schema === null || typeof schema !== 'object') return schema;
  if (Array.isArray(schema)) return schema.map((s) => resolve(document, s, depth + 1)) as unknown as Schema;
  let node: Schema = schema;
  if (node.$ref) {
    const name = node.$ref.replace('#/components/schemas/', '');
    node = { ...(document.components?.schemas?.[name] ?? {}) };
  }
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(node)) {
    out[key] = value && typeof value === 'object' ? resolve(document, value as Schema, depth + 1) : value;
  }
  return out as Schema;
}

/** The non-null branch of `anyOf: [X, null]`, for picking a plausible value. */
export function nonNull(schema: Schema | undefined): Schema | undefined {
  if (!schema) return schema;
  const branches = schema.anyOf ?? schema.oneOf;
  if (branches) return nonNull(branches.find((b) => b.type !== 'null') ?? branches[0]);
  return schema;
}

export function typeOf(schema: Schema | undefined): string | undefined {
  const s = nonNull(schema);
  if (!s) return undefined;
  if (Array.isArray(s.type)) return s.type.find((t) => t !== 'null');
  return s.type ?? (s.enum ? typeof s.enum[0] : undefined);
}

/** The properties of an object body, or of the items of an array body (the manifest import). */
export function bodyProperties(schema: Schema | undefined): { properties: Record<string, Schema>; array: boolean } {
  const s = nonNull(schema);
  if (s?.properties) return { properties: s.properties, array: false };
  const items = nonNull(s?.items);
  if (items?.properties) return { properties: items.properties, array: true };
  return { properties: {}, array: typeOf(s) === 'array' };
}

/** A plausible (not hostile) value for a schema, for the fields a case leaves alone. */
export function plausible(schema: Schema | undefined, name = ''): unknown {
  const s = nonNull(schema);
  if (!s) return 'fuzz';
  if (s.enum?.length) return s.enum[0];
  switch (typeOf(s)) {
    case 'integer':
    case 'number':
      return Math.max(1, s.minimum ?? 1);
    case 'boolean':
      return false;
    case 'array':
      return [];
    case 'object':
      return Object.fromEntries(Object.entries(s.properties ?? {}).map(([k, v]) => [k, plausible(v, k)]));
    default:
      if (/password/.test(name)) return 'a fuzzed password 123';
      if (/expires|date|created|updated/.test(name)) return null;
      return 'fuzz';
  }
}

/** The rules a field declares in meta that a stored value must keep: pattern, prefix, choices, lengths, minimum. */
export function ruleViolation(field: FieldMeta, value: unknown): string | undefined {
  if (value === null || value === undefined) return field.nullable || !field.required ? undefined : 'null in a non-nullable field';
  if (field.choices && !field.choices.some((c) => c === value)) return `not one of the choices ${JSON.stringify(field.choices)}`;
  if (field.kind === 'string' || typeof value === 'string') {
    if (typeof value !== 'string') return `not a string (${typeof value})`;
    if (field.pattern && value !== '' && !new RegExp(field.pattern.source).test(value)) return `does not match /${field.pattern.source}/`;
    if (field.prefix && value !== '' && !value.startsWith(field.prefix)) return `does not start with ${field.prefix}`;
    const length = [...value].length;
    if (field.maxLength !== undefined && length > field.maxLength && value.length > field.maxLength)
      return `longer than maxLength ${field.maxLength}`;
    if (field.minLength !== undefined && length < field.minLength && value !== '') return `shorter than minLength ${field.minLength}`;
  }
  if (field.min !== undefined && typeof value === 'number' && value < field.min) return `below min ${field.min}`;
  return undefined;
}

/** A field that declares a rule a value can break (not only a type). */
export function hasRule(field: FieldMeta): boolean {
  return Boolean(
    field.pattern ||
    field.prefix ||
    field.choices ||
    field.maxLength !== undefined ||
    field.minLength !== undefined ||
    field.min !== undefined,
  );
}

/** What a field's name says it holds, when it declares no pattern, prefix or choices to check it by. */
export function impliedKind(field: FieldMeta): 'url' | 'slug' | 'path' | 'email' | undefined {
  if (field.kind !== 'string' || field.pattern || field.prefix || field.choices) return undefined;
  if (/(^|_)(url|uri|href|website|homepage)$|_url_|_file$/.test(field.name)) return 'url';
  if (/(^|_)slug$/.test(field.name)) return 'slug';
  if (field.name === 'path') return 'path';
  if (/(^|_)email(_address)?$/.test(field.name)) return 'email';
  return undefined;
}
