import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import request from 'supertest';
import { createApp, type App } from '../../server/app.js';
import { AuthCache } from '../../server/auth/authCache.js';
import { listenForAuthChanges } from '../../server/auth/authChanges.js';
import { createUser } from '../../server/seed/users.js';
import type { Registry } from '../../server/crud/registry.js';
import type { RoleSlug } from '../../server/domain/enums.js';
import { seedDemo } from '../../server/seed/demo.js';
import { registryFor } from '../../server/seed/registry.js';
import { createTestDatabase, type TestDatabase } from './database.js';
import {
  deliveryConfig,
  mediaConfig,
  outboundConfig,
  webhookConfig,
  type DeliveryConfig,
  type MediaConfig,
  type OutboundConfig,
  type WebhookConfig,
} from '../../server/config.js';
import { diskStore } from '../../server/media/store/disk.js';
import type { MediaStore } from '../../server/media/store/types.js';
import { createReadPool } from '../../server/db/readPool.js';
import { sqlOfPool } from '../../server/db/sql.js';
import type pg from 'pg';

export type Persona = 'superuser' | RoleSlug | 'no_role';
export const PASSWORD = 'a test password 123';

export interface TestApi {
  t: TestDatabase;
  app: App;
  /** The app's resources and their after-commit hooks. */
  registry: Registry;
  /** A client signed in as a superuser, sending the CSRF header. */
  api: () => request.Agent;
  /** A client signed in as a user of this persona (created on first use). */
  as: (persona: Persona) => Promise<request.Agent>;
  /** A client that is not signed in. */
  anonymous: () => request.Agent;
  /** The app's cache of who tokens and sessions are, kept true by a listener as in production. */
  authCache: AuthCache;
  /** Resolves once the cache has applied every auth change committed so far (one made with raw SQL, say). */
  authCaughtUp: () => Promise<void>;
  /** The read-only pool the public API and feeds read on. */
  readPool: pg.Pool;
  /** Where the disk media store keeps this test's files (unless the test gave another store). */
  mediaDir: string;
}

/** Signs in through the API and returns the agent, its cookie and CSRF header set, and the profile. */
export async function signIn(
  app: App,
  username: string,
  password = PASSWORD,
): Promise<{ agent: request.Agent; profile: Record<string, unknown> }> {
  const agent = request.agent(app);
  const res = await agent.post('/api/auth/login').send({ username, password });
  if (res.status !== 200) throw new Error(`sign-in as ${username} failed: ${res.status} ${JSON.stringify(res.body)}`);
  agent.set('X-CSRF-Token', res.body.csrf_token);
  return { agent, profile: res.body };
}

/** A test database (with the demo data unless told otherwise), the app over it, and signed-in clients. */
export async function setupApi(
  options: {
    seed?: boolean;
    delivery?: Partial<DeliveryConfig>;
    mediaStore?: MediaStore;
    media?: Partial<MediaConfig>;
    outbound?: OutboundConfig;
    webhooks?: Partial<WebhookConfig>;
  } = {},
): Promise<TestApi> {
  const t = await createTestDatabase();
  if (options.seed ?? true) await seedDemo(t.db);
  // The same registry as fixtures' writes (createUser), so every write of a test reaches one hook list.
  const registry = registryFor(t.db);
  // The cache on, as in production: every test of sign-in, roles and tokens also tests that it forgets in time.
  const authCache = new AuthCache({ ttlMs: 30_000 });
  const authChanges = listenForAuthChanges(t.url, authCache);
  await authChanges.ready;
  // Public reads on their own read-only pool, as in production (main.ts).
  const readPool = createReadPool(t.url, { poolSize: 4 });
  const drop = t.drop.bind(t);
  t.drop = async (options) => {
    await authChanges.close();
    await readPool.end();
    await rm(mediaDir, { recursive: true, force: true });
    await drop(options);
  };
  const delivery: DeliveryConfig = { ...deliveryConfig({}), rateLimitPerMinute: 0, ...options.delivery };
  // Media files in a directory of this test's own, removed with its database.
  const mediaDir = await mkdtemp(path.join(os.tmpdir(), 'media-test-'));
  const media: MediaConfig = { ...mediaConfig({}), ...options.media };
  const mediaStore = options.mediaStore ?? diskStore(mediaDir);
  const app = createApp(t.db, {
    sessionSecret: 'test-secret',
    registry,
    authCache,
    delivery,
    readSql: sqlOfPool(readPool),
    mediaStore,
    media,
    outbound: options.outbound ?? outboundConfig({}),
    webhooks: { ...webhookConfig({}), ...options.webhooks },
  });
  const agents = new Map<Persona, request.Agent>();
  const as = async (persona: Persona) => {
    let agent = agents.get(persona);
    if (!agent) {
      const username = `test-${persona}`;
      await createUser(t.db, {
        username,
        email: `${username}@example.org`,
        password: PASSWORD,
        superuser: persona === 'superuser',
        roles: persona === 'superuser' || persona === 'no_role' ? [] : [persona],
      });
      agent = (await signIn(app, username)).agent;
      agents.set(persona, agent);
    }
    return agent;
  };
  const superuser = await as('superuser');
  return {
    t,
    app,
    registry,
    api: () => superuser,
    as,
    anonymous: () => request.agent(app),
    authCache,
    authCaughtUp: () => authChanges.caughtUp(),
    readPool,
    mediaDir,
  };
}

/** Query string for react-admin's JSON parameters. */
export function ra(params: { sort?: unknown; range?: unknown; filter?: unknown }): string {
  const parts = Object.entries(params)
    .filter(([, v]) => v !== undefined)
    .map(([k, v]) => `${k}=${encodeURIComponent(JSON.stringify(v))}`);
  return parts.length ? `?${parts.join('&')}` : '';
}
