import fs from 'node:fs';
import path from 'node:path';
import type { IncomingMessage, ServerResponse } from 'node:http';
import express from 'express';
import type { DataSource } from 'typeorm';
import { errorHandler } from './http/errorHandler.js';
import { HttpError } from './http/errors.js';
import { randomBytes } from 'node:crypto';
import { AuthCache } from './auth/authCache.js';
import { authenticate } from './auth/authenticate.js';
import { forgetOnCommit } from './auth/forgetOnCommit.js';
import { cachedActors } from './auth/loadActor.js';
import { leanReads } from './crud/leanReads.js';
import { sessionMiddleware } from './auth/session.js';
import { buildRegistry, type Registry } from './crud/registry.js';
import { resourcesRouter } from './crud/router.js';
import { resources } from './resources/index.js';
import { requireJsonWrites, securityHeaders } from './http/security.js';
import { authRouter } from './routes/auth.js';
import { demoSignInRouter } from './routes/demoSignIn.js';
import type { DemoSignIn } from './seed/demoSignIn.js';
import { openApiDocument } from './crud/openapi.js';
import { docsRouter } from './routes/docs.js';
import { healthRouter } from './routes/health.js';
import { closeWhenStopping } from './lifecycle/closeWhenStopping.js';
import { servingLifecycle, type Lifecycle } from './lifecycle/phase.js';
import { dashboardRouter } from './routes/dashboard.js';
import { renderRouter } from './routes/render.js';
import { metaRouter } from './routes/meta.js';
import { jobBoardPaths, jobBoardRouter } from './jobBoard/routes.js';
import { releasePaths } from './releases/docs.js';
import { acceptsCsv, releasesRouter } from './releases/routes.js';
import { workflowPaths } from './workflows/openapi.js';
import { workflowsRouter } from './workflows/router.js';
import { versionsRouter } from './crud/versions/routes.js';
import { editorialPaths } from './crud/drafts/openapi.js';
import { editorialRouter } from './crud/drafts/routes.js';
import { previewRouter } from './crud/preview/routes.js';
import { removeDeletedFiles } from './media/cleanup.js';
import { mediaPaths } from './media/openapi.js';
import { mediaUploadRouter } from './media/routes.js';
import { deliverySettings } from './webhooks/deliver.js';
import { recordDeliveries } from './webhooks/enqueue.js';
import { announceResources } from './webhooks/eventTypes.js';
import { feedImportRouter } from './calendars/importRoutes.js';
import { webhookPaths } from './webhooks/openapi.js';
import { webhooksRouter } from './webhooks/routes.js';
import { mediaFilesRouter } from './media/serve.js';
import { createMediaStore, mediaStoreConfig } from './media/store/index.js';
import type { MediaStore } from './media/store/types.js';
import { versionPaths } from './crud/versions/openapi.js';
import { operationsPaths } from './routes/operationsDocs.js';
import { accessLog } from './http/accessLog.js';
import { requestContext } from './http/requestContext.js';
import { poolOf, sqlOf, type Sql } from './db/sql.js';
import {
  calendarImportConfig,
  deliveryConfig,
  mediaConfig,
  outboundConfig,
  webhookConfig,
  type CalendarImportConfig,
  type DeliveryConfig,
  type MediaConfig,
  type OutboundConfig,
  type WebhookConfig,
} from './config.js';
import { frontDoor } from './delivery/frontDoor.js';
import { publicApiPaths, withPublicApi } from './delivery/openapi/index.js';
import { publicRoutes } from './delivery/routes.js';
import { registerPoolMetrics } from './metrics/pool.js';
import { metricsRouter, metricsTokenGate } from './routes/metrics.js';

export interface AppOptions {
  /** The built admin SPA (vite's output); not served when absent. */
  adminDir?: string;
  /** Signs session cookies; every process serving the same users needs the same one (see sessionSecret()). */
  sessionSecret?: string;
  /** The process's phase, for readiness; without one the app counts as serving. */
  lifecycle?: Lifecycle;
  /** A bearer token that reads GET /api/metrics without signing in (a scraper); default METRICS_TOKEN, unset: none. */
  metricsToken?: string;
  /** The resources, when the caller shares them (and their after-commit hooks) with background tasks; built here otherwise. */
  registry?: Registry;
  /**
   * Who tokens and sessions are, cached in process; the caller keeps it true by listening for auth
   * changes (auth/authChanges.ts). Without one every authenticated request reads the database.
   */
  authCache?: AuthCache;
  /** The public API and feeds: caching, rate limit, base URL; default from the environment (config.ts). */
  delivery?: DeliveryConfig;
  /** Where public reads go (a read-only pool, maybe on a replica: db/readPool.ts); default the primary's pool. */
  readSql?: Sql;
  /** How long a preview link works (PREVIEW_LINK_DAYS); default 7. */
  previewLinkDays?: number;
  /** Where media files live; default from the environment (MEDIA_DIR, or S3_BUCKET and its settings). */
  mediaStore?: MediaStore;
  /** Upload limits and how files are served (config.ts MediaConfig); default from the environment. */
  media?: MediaConfig;
  /** Whether outbound requests may reach private addresses (OUTBOUND_ALLOW_PRIVATE); default from the environment. */
  outbound?: OutboundConfig;
  /** How webhook deliveries are made (timeouts, retries); default from the environment. */
  webhooks?: WebhookConfig;
  /** The calendar import's limits (CALENDAR_IMPORT_*); default from the environment. */
  calendarImport?: CalendarImportConfig;
  /** The demo accounts the sign-in page may offer (the embedded database's only); default none. */
  demoSignIn?: DemoSignIn;
}

const BODY_METHODS = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/** What serves every request: an http.Server's listener, which supertest drives as it is. */
export type App = (req: IncomingMessage, res: ServerResponse) => void;

/** The application, without listen(), so tests can drive it with supertest: the public front door and the lean reads first, then Express. */
export function createApp(db: DataSource, options: AppOptions = {}): App {
  const app = express();
  // First, so every request (404s and errors too) carries an id, is logged and counted.
  app.use(requestContext, accessLog);
  registerPoolMetrics(poolOf(db));
  app.disable('x-powered-by');
  // Hashing every body for an ETag costs more than it saves: react-admin never revalidates.
  app.set('etag', false);
  app.set('trust proxy', 'loopback');
  app.use(securityHeaders);
  app.use(
    '/api',
    requireJsonWrites(acceptsCsv, (path) => path === '/media'),
  );
  // Only requests that may carry a body pay for parsing one. A manifest import reads its (larger)
  // body only after sign-in and roles are checked, below.
  const json = express.json({ limit: '1mb' });
  app.use('/api', (req, res, next) => (!BODY_METHODS.has(req.method) || acceptsCsv(req.path) ? next() : json(req, res, next)));
  const registry = options.registry ?? buildRegistry(db, resources);
  const authCache = options.authCache ?? AuthCache.disabled();
  forgetOnCommit(registry, authCache);
  const actors = cachedActors(sqlOf(db), authCache);
  const lifecycle = options.lifecycle ?? servingLifecycle();
  app.use(closeWhenStopping(lifecycle));
  app.use('/api', healthRouter(db, lifecycle));
  app.use(
    '/api',
    docsRouter(
      withPublicApi(
        openApiDocument(registry.resources, {
          ...operationsPaths,
          ...releasePaths,
          ...jobBoardPaths,
          ...workflowPaths(registry),
          ...versionPaths(registry),
          ...editorialPaths(registry),
          ...mediaPaths,
          ...webhookPaths,
          ...publicApiPaths(registry),
        }),
      ),
    ),
  );
  // Before the session and authenticate(), which would refuse the metrics token as an unknown API token.
  app.get('/api/metrics', metricsTokenGate(options.metricsToken ?? process.env.METRICS_TOKEN));
  app.use('/api', sessionMiddleware(db, options.sessionSecret ?? randomBytes(32).toString('base64url'), authCache));
  app.use('/api', authenticate(actors));
  app.use('/api/auth', authRouter(registry));
  app.use('/api/auth', demoSignInRouter(options.demoSignIn));
  app.use('/api', metaRouter(registry.resources));
  app.use('/api', renderRouter());
  app.use('/api', dashboardRouter(registry));
  app.use('/api', metricsRouter());
  app.use('/api', jobBoardRouter(registry));
  app.use('/api', releasesRouter(registry));
  const mediaStore = options.mediaStore ?? createMediaStore(mediaStoreConfig());
  const media = options.media ?? mediaConfig();
  registry.afterCommit.subscribe(removeDeletedFiles(sqlOf(db), mediaStore));
  app.use('/api', mediaUploadRouter(registry, mediaStore, media.limits));
  // Every write records its webhook deliveries in its own transaction (server/webhooks/enqueue.ts).
  announceResources(registry.resources.map(({ model }) => model.name));
  registry.afterCommit.subscribeCommitting(recordDeliveries(options.delivery?.publicBaseUrl ?? 'https://www.python.org'));
  app.use('/api', webhooksRouter(registry, deliverySettings(options.webhooks ?? webhookConfig(), options.outbound ?? outboundConfig())));
  const outbound = { allowPrivate: (options.outbound ?? outboundConfig()).allowPrivate };
  app.use('/api', feedImportRouter(registry, { ...(options.calendarImport ?? calendarImportConfig()), outbound }));
  // Before the workflows' /{id}/{action} and the resources' PUT: publish, draft and schedule are not workflow actions.
  app.use('/api', editorialRouter(registry, { previewLinkDays: options.previewLinkDays ?? 7 }));
  app.use('/api', workflowsRouter(registry, { store: mediaStore, limits: media.limits }));
  app.use('/api', versionsRouter(registry));
  app.use('/api', resourcesRouter(registry));
  app.use('/api', (_req, _res, next) => next(new HttpError(404, 'No such API endpoint.')));

  // Signed preview links and media files, read without signing in: outside /api, before the SPA's catch-all.
  app.use(previewRouter(registry, sqlOf(db)));
  app.use(mediaFilesRouter(sqlOf(db), mediaStore, { redirectToStore: media.redirectToStore }));

  const adminDir = options.adminDir && path.resolve(options.adminDir);
  if (adminDir && fs.existsSync(path.join(adminDir, 'index.html'))) {
    app.use(express.static(adminDir, { index: false, maxAge: '1h' }));
    // Any other path is a client-side route of the SPA: deep links work.
    app.get('/{*splat}', (_req, res) => res.sendFile(path.join(adminDir, 'index.html')));
  }
  app.use(errorHandler);
  const lean = leanReads(registry, actors, lifecycle);
  const sql = sqlOf(db);
  const publicDoor = frontDoor(
    publicRoutes(registry, options.readSql ?? sql, sql),
    actors,
    options.delivery ?? deliveryConfig(),
    lifecycle,
  );
  return (req, res) => {
    if (!publicDoor(req, res) && !lean(req, res)) app(req, res);
  };
}
