import { Validator } from '@seriousme/openapi-schema-validator';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildRegistry } from '../server/crud/registry.js';
import { resources } from '../server/resources/index.js';
import { setupApi, type TestApi } from './support/api.js';

describe('the OpenAPI document', () => {
  let s: TestApi;
  let document: { openapi: string; paths: Record<string, Record<string, unknown>> };
  beforeAll(async () => {
    s = await setupApi({ seed: false });
    document = (await s.api().get('/api/openapi.json').expect(200)).body;
  });
  afterAll(() => s.t.drop());

  it('validates as OpenAPI 3.1', async () => {
    const result = await new Validator().validate(document as never);
    expect(result.errors ?? []).toEqual([]);
    expect(result.valid).toBe(true);
    expect(document.openapi).toBe('3.1.0');
  });

  it('covers every route of every resource, and only the operations each allows', () => {
    for (const { model } of buildRegistry(s.t.db, resources).resources) {
      const collection = Object.keys(document.paths[`/api/${model.name}`] ?? {});
      const item = Object.keys(document.paths[`/api/${model.name}/{id}`] ?? {});
      const expected = {
        list: ['get', collection],
        create: ['post', collection],
        get: ['get', item],
        update: ['put', item],
        delete: ['delete', item],
      } as const;
      // A POST that uploads a file (the media library) or a route of its own (webhooks') is not the generic create.
      const post = (
        document.paths[`/api/${model.name}`] as { post?: { requestBody?: { content?: object }; 'x-own-route'?: boolean } } | undefined
      )?.post;
      const upload = post?.requestBody?.content;
      const uploads = (upload !== undefined && 'multipart/form-data' in upload) || post?.['x-own-route'] === true;
      for (const [operation, [method, methods]] of Object.entries(expected)) {
        const documented = methods.includes(method) && !(operation === 'create' && uploads);
        expect(documented, `${model.name} ${operation}`).toBe(model.operations.has(operation as never));
      }
    }
    for (const path of [
      '/api/health',
      '/api/auth/login',
      '/api/auth/me',
      '/api/auth/session',
      '/api/auth/demo',
      '/api/auth/logout',
      '/api/auth/password',
      '/api/auth/tokens',
      '/api/auth/tokens/{id}',
    ]) {
      expect(document.paths[path], path).toBeDefined();
    }
  });

  it('describes bodies with the same rules the API enforces, and no secret', () => {
    const schemas = (
      document as unknown as {
        components: { schemas: Record<string, { properties: Record<string, { maxLength?: number }>; required?: string[] }> };
      }
    ).components.schemas;
    expect(schemas.PagesCreate.properties.title.maxLength).toBe(500);
    expect(schemas.PagesCreate.required).toEqual(expect.arrayContaining(['title', 'path', 'content']));
    expect(schemas.PagesUpdate.required).toEqual(['row_version']);
    expect(schemas.Users.properties).not.toHaveProperty('password_hash');
    expect(schemas.UsersCreate.properties).toHaveProperty('password');
    expect(JSON.stringify(document)).not.toContain('password_hash');
  });

  it('serves an interactive page for it at /api/docs', async () => {
    await s.api().get('/api/docs').expect(301).expect('location', '/api/docs/');
    const page = await s.api().get('/api/docs/').expect(200);
    expect(page.text).toContain('swagger-ui');
    const init = await s.api().get('/api/docs/swagger-initializer.js').expect(200);
    expect(init.text).toContain('/api/openapi.json');
    await s.api().get('/api/docs/swagger-ui-bundle.js').expect(200);
  });
});
