import type { Express } from 'express';
import request from 'supertest';
import { createApp } from '../../server/app.js';
import { seedDemo } from '../../server/seed/demo.js';
import { createTestDatabase, type TestDatabase } from './database.js';

export interface TestApi {
  t: TestDatabase;
  app: Express;
  /** A client for the API. */
  api: () => request.Agent;
}

/** A test database (with the demo data unless told otherwise) and the app over it. */
export async function setupApi(options: { seed?: boolean } = {}): Promise<TestApi> {
  const t = await createTestDatabase();
  if (options.seed ?? true) await seedDemo(t.db);
  const app = createApp(t.db);
  return { t, app, api: () => request.agent(app) };
}

/** Query string for react-admin's JSON parameters. */
export function ra(params: { sort?: unknown; range?: unknown; filter?: unknown }): string {
  const parts = Object.entries(params)
    .filter(([, v]) => v !== undefined)
    .map(([k, v]) => `${k}=${encodeURIComponent(JSON.stringify(v))}`);
  return parts.length ? `?${parts.join('&')}` : '';
}
