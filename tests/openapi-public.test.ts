import { Validator } from '@seriousme/openapi-schema-validator';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sqlOf } from '../server/db/sql.js';
import { PUBLIC_FILTERS, PUBLIC_RESOURCES } from '../server/delivery/publicResources.js';
import { publicRoutes } from '../server/delivery/routes.js';
import { setupApi, type TestApi } from './support/api.js';

type Json = Record<string, unknown>;
interface Operation {
  tags: string[];
  security?: Json[];
  parameters?: { name: string; in: string }[];
  responses: Record<string, { content?: Record<string, { schema: Schema }>; headers?: Json }>;
  requestBody?: unknown;
}
interface Schema {
  type?: string | string[];
  properties?: Record<string, Schema>;
  required?: string[];
  items?: Schema;
}

const FRONT_DOOR_TAGS = ['Public API v1', 'Public API v2', 'Feeds'];
const METHODS = ['get', 'put', 'post', 'delete', 'patch', 'head', 'options', 'trace'];
/** A route's label as an OpenAPI path: /api/v2/downloads/release/:id/ → /api/v2/downloads/release/{id}/. */
const pathOf = (label: string) => label.replace(/:(\w+)/g, '{$1}');

/** Whether a JSON value is of the schema's type (the types the public schemas use). */
function hasType(value: unknown, type: string): boolean {
  if (type === 'null') return value === null;
  if (type === 'integer') return Number.isInteger(value);
  if (type === 'array') return Array.isArray(value);
  if (type === 'object') return typeof value === 'object' && value !== null && !Array.isArray(value);
  return typeof value === type;
}

describe('the OpenAPI document of the public front door', () => {
  let s: TestApi;
  let document: { paths: Record<string, Record<string, Operation>>; components: Json; tags?: { name: string }[] };
  const operation = (path: string, method: string) => {
    const found = document.paths[path]?.[method];
    if (!found) throw new Error(`${method.toUpperCase()} ${path} is not documented`);
    return found;
  };
  const json = (path: string, method: string, status: string) =>
    operation(path, method).responses[status].content!['application/json'].schema;

  beforeAll(async () => {
    s = await setupApi();
    document = (await s.api().get('/api/openapi.json').expect(200)).body;
  });
  afterAll(() => s.t.drop());

  it('still validates as OpenAPI 3.1', async () => {
    const result = await new Validator().validate(document as never);
    expect(result.errors ?? []).toEqual([]);
    expect(result.valid).toBe(true);
  });

  it('documents every route of the front door (v1, v2, feeds) with exactly the methods it takes, and no other', () => {
    const sql = sqlOf(s.t.db);
    const routes = publicRoutes(s.registry, sql, sql);
    expect(routes.filter((r) => /^\/api\/v[12]\//.test(r.label)).length).toBeGreaterThan(Object.keys(PUBLIC_RESOURCES).length * 4);
    for (const route of routes) {
      const item = document.paths[pathOf(route.label)];
      expect(item, route.label).toBeDefined();
      const documented = Object.keys(item).filter((key) => METHODS.includes(key));
      expect(documented.sort(), route.label).toEqual(
        Object.keys(route.methods)
          .map((m) => m.toLowerCase())
          .sort(),
      );
    }
    const served = new Set(routes.map((r) => pathOf(r.label)));
    const frontDoor = Object.entries(document.paths)
      .filter(([, item]) => Object.values(item).some((op) => op.tags?.some((tag) => FRONT_DOOR_TAGS.includes(tag))))
      .map(([path]) => path);
    expect(frontDoor.length).toBeGreaterThan(0);
    expect(frontDoor.filter((path) => !served.has(path))).toEqual([]);
  });

  it('lists each declared filter as a query parameter of both versions, and v1 its page parameters', () => {
    for (const resource of Object.values(PUBLIC_RESOURCES)) {
      for (const version of ['v1', 'v2']) {
        const parameters = operation(`/api/${version}/${resource.path}/`, 'get').parameters!;
        const query = parameters.filter((p) => p.in === 'query').map((p) => p.name);
        expect(query, `${version} ${resource.path}`).toEqual(expect.arrayContaining(Object.keys(PUBLIC_FILTERS[resource.key])));
        if (version === 'v1') expect(query).toEqual(expect.arrayContaining(['limit', 'offset']));
        else expect(query).not.toContain('limit');
        for (const parameter of parameters) expect((parameter as Json).description, `${resource.path} ${parameter.name}`).toBeTruthy();
        expect(parameters.map((p) => p.name)).toContain('If-None-Match');
      }
    }
  });

  it("describes each resource's records as v2 really sends them, anonymously, with the declared types", async () => {
    for (const resource of Object.values(PUBLIC_RESOURCES)) {
      const base = `/api/v2/${resource.path}/`;
      const list = await s.anonymous().get(base).expect(200);
      expect(list.body.length, `${resource.path}: the demo data has a public one`).toBeGreaterThan(0);
      const schema = json(base, 'get', '200');
      expect(schema.type).toBe('array');
      const properties = schema.items!.properties!;
      const record = (
        await s
          .anonymous()
          .get(new URL(list.body[0].resource_uri as string).pathname)
          .expect(200)
      ).body;
      expect(json(`${base}{id}/`, 'get', '200')).toEqual(schema.items);
      for (const object of [list.body[0], record] as Json[]) {
        expect(Object.keys(object), resource.path).toEqual(Object.keys(properties));
        expect(schema.items!.required).toEqual(Object.keys(properties));
        for (const [name, value] of Object.entries(object)) {
          const types = [properties[name].type ?? []].flat();
          if (types.length)
            expect(
              types.some((type) => hasType(value, type)),
              `${resource.path}.${name}: ${JSON.stringify(value)}`,
            ).toBe(true);
        }
      }
    }
  });

  it('describes v1 lists as their envelope, with the default page size it really uses', async () => {
    for (const resource of Object.values(PUBLIC_RESOURCES)) {
      const base = `/api/v1/${resource.path}/`;
      const { body } = await s.anonymous().get(base).expect(200);
      const schema = json(base, 'get', '200');
      expect(Object.keys(body)).toEqual(Object.keys(schema.properties!));
      expect(Object.keys(body.meta)).toEqual(Object.keys(schema.properties!.meta.properties!));
      expect(Object.keys(body.objects[0])).toEqual(Object.keys(schema.properties!.objects.items!.properties!));
      const limit = operation(base, 'get').parameters!.find((p) => p.name === 'limit') as unknown as { schema: { default: number } };
      expect(body.meta.limit).toBe(limit.schema.default);
    }
  });

  it("documents writes with the version's statuses, bodies and error shapes", () => {
    for (const resource of Object.values(PUBLIC_RESOURCES).filter((r) => r.writable)) {
      const v1 = operation(`/api/v1/${resource.path}/`, 'post');
      expect(Object.keys(v1.responses)).toEqual(expect.arrayContaining(['201', '400', '401', '403']));
      expect(v1.responses['201'].content).toBeUndefined();
      expect(v1.responses['201'].headers).toHaveProperty('Location');
      expect(v1.responses['400'].content!['application/json'].schema.required).toEqual(['error_message']);
      expect(v1.requestBody).toBeDefined();
      const v2 = operation(`/api/v2/${resource.path}/`, 'post');
      expect(v2.responses['201'].content).toBeDefined();
      for (const method of ['put', 'patch']) {
        expect(Object.keys(operation(`/api/v2/${resource.path}/{id}/`, method).responses)).toEqual(
          expect.arrayContaining(['200', '400', '401', '403', '404']),
        );
      }
      for (const version of ['v1', 'v2']) {
        expect(Object.keys(operation(`/api/${version}/${resource.path}/{id}/`, 'delete').responses)).toEqual(
          expect.arrayContaining(['204', '401', '403', '404']),
        );
      }
    }
    expect(operation('/api/v2/downloads/release_file/delete_by_release/', 'delete').parameters).toEqual([
      expect.objectContaining({ name: 'release', in: 'query', required: true }),
    ]);
    expect(operation('/api/v1/downloads/release_file/', 'delete').responses).toHaveProperty('204');
  });

  it('names the ApiKey and Token schemes, the tags, and the caching and rate-limit headers', () => {
    const schemes = (document.components as { securitySchemes: Record<string, Json> }).securitySchemes;
    expect(schemes.ApiKey).toMatchObject({ type: 'apiKey', in: 'header', name: 'Authorization' });
    expect(schemes.Token).toMatchObject({ type: 'apiKey', in: 'header', name: 'Authorization' });
    expect(document.tags?.map((t) => t.name)).toEqual(expect.arrayContaining(FRONT_DOOR_TAGS));
    for (const [path, item] of Object.entries(document.paths)) {
      for (const [method, op] of Object.entries(item)) {
        for (const requirement of op.security ?? []) {
          for (const name of Object.keys(requirement)) expect(schemes, `${method} ${path}`).toHaveProperty(name);
        }
      }
    }
    for (const version of ['v1', 'v2']) {
      const get = operation(`/api/${version}/downloads/release/`, 'get');
      expect(get.tags).toEqual([`Public API ${version}`]);
      expect(Object.keys(get.responses['200'].headers!)).toEqual(expect.arrayContaining(['ETag', 'Cache-Control', 'Surrogate-Key']));
      expect(get.responses['304'].headers).toHaveProperty('ETag');
      expect(get.responses['429'].headers).toHaveProperty('Retry-After');
    }
    expect(json('/api/v2/downloads/release/', 'get', '429').required).toEqual(['detail']);
    expect(Object.keys(operation('/events/calendars/{slug}.ics', 'get').responses['200'].content!)).toEqual(['text/calendar']);
    expect(Object.keys(operation('/downloads/feed.rss', 'get').responses['200'].content!)).toEqual(['application/rss+xml']);
  });
});
