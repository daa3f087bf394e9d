import fs from 'node:fs';
import path from 'node:path';
import express from 'express';
import type { DataSource } from 'typeorm';
import { errorHandler } from './http/errorHandler.js';
import { HttpError } from './http/errors.js';
import { randomBytes } from 'node:crypto';
import { authenticate } from './auth/authenticate.js';
import { sessionMiddleware } from './auth/session.js';
import { buildResources, resourcesRouter } from './crud/mount.js';
import { requireJsonWrites, securityHeaders } from './http/security.js';
import { authRouter } from './routes/auth.js';
import { openApiDocument } from './crud/openapi.js';
import { docsRouter } from './routes/docs.js';
import { healthRouter } from './routes/health.js';

/** The routes outside the generic layer, for the OpenAPI document. */
const operationsPaths = {
  '/api/health': {
    get: {
      tags: ['operations'], summary: 'Liveness with a database round trip',
      responses: { 200: { description: '{"status":"ok","database":"ok"}' }, 503: { description: 'The database is not answering' } },
    },
  },
  '/api/openapi.json': { get: { tags: ['operations'], summary: 'This document', responses: { 200: { description: 'OpenAPI 3.1' } } } },
  '/api/docs/': { get: { tags: ['operations'], summary: 'Interactive documentation (Swagger UI)', responses: { 200: { description: 'HTML' } } } },
  '/api/auth/login': {
    post: {
      tags: ['auth'], summary: 'Sign in with username or e-mail and password; sets the session cookie',
      requestBody: { required: true, content: { 'application/json': { schema: { type: 'object', required: ['username', 'password'], properties: { username: { type: 'string' }, password: { type: 'string' } } } } } },
      responses: { 200: { description: 'The profile: id, username, email, roles, permissions, csrf_token' }, 401: { description: 'Wrong username or password' }, 429: { description: 'Too many failed attempts (Retry-After)' } },
    },
  },
  '/api/auth/me': { get: { tags: ['auth'], summary: 'The signed-in user, permissions and CSRF token', responses: { 200: { description: 'The profile' }, 401: { description: 'Not signed in' } } } },
  '/api/auth/logout': { post: { tags: ['auth'], summary: 'End this session', responses: { 204: { description: 'Signed out' } } } },
  '/api/auth/password': {
    put: {
      tags: ['auth'], summary: 'Change your own password (ends your other sessions)',
      requestBody: { required: true, content: { 'application/json': { schema: { type: 'object', required: ['current_password', 'new_password'], properties: { current_password: { type: 'string' }, new_password: { type: 'string', minLength: 10 } } } } } },
      responses: { 204: { description: 'Changed' }, 422: { description: 'Wrong current password or too short a new one' } },
    },
  },
  '/api/auth/tokens': {
    get: { tags: ['auth'], summary: 'Your API tokens (never their secrets)', responses: { 200: { description: 'Tokens' } } },
    post: {
      tags: ['auth'], summary: 'Create an API token; the secret is in this response only',
      requestBody: { required: true, content: { 'application/json': { schema: { type: 'object', required: ['name'], properties: { name: { type: 'string' }, expires: { type: ['string', 'null'], format: 'date-time' } } } } } },
      responses: { 201: { description: 'The token, with its secret' }, 422: { description: 'Invalid fields' } },
    },
  },
  '/api/auth/tokens/{id}': {
    delete: {
      tags: ['auth'], summary: 'Revoke one of your tokens', parameters: [{ name: 'id', in: 'path', required: true, schema: { type: 'integer' } }],
      responses: { 200: { description: 'The revoked token' }, 404: { description: 'You have no such token' } },
    },
  },
};

export interface AppOptions {
  /** The built admin SPA (vite's output); not served when absent. */
  adminDir?: string;
  /** Signs session cookies; every process serving the same users needs the same one (see sessionSecret()). */
  sessionSecret?: string;
}

/** The Express application, without listen(), so tests can drive it with supertest. */
export function createApp(db: DataSource, options: AppOptions = {}): express.Express {
  const app = express();
  app.disable('x-powered-by');
  // Hashing every body for an ETag costs more than it saves: react-admin never revalidates.
  app.set('etag', false);
  app.set('trust proxy', 'loopback');
  app.use(securityHeaders);
  app.use('/api', requireJsonWrites(() => false));
  app.use('/api', express.json({ limit: '1mb' }));
  const mounted = buildResources(db);
  app.use('/api', healthRouter(db));
  app.use('/api', docsRouter(openApiDocument(mounted, operationsPaths)));
  app.use('/api', sessionMiddleware(db, options.sessionSecret ?? randomBytes(32).toString('base64url')));
  app.use('/api', authenticate(db));
  app.use('/api/auth', authRouter(db, mounted));
  app.use('/api', resourcesRouter(db, mounted));
  app.use('/api', (_req, _res, next) => next(new HttpError(404, 'No such API endpoint.')));

  const adminDir = options.adminDir;
  if (adminDir && fs.existsSync(path.join(adminDir, 'index.html'))) {
    app.use(express.static(adminDir, { index: false, maxAge: '1h' }));
    // Any other path is a client-side route of the SPA: deep links work.
    app.get('/{*splat}', (_req, res) => res.sendFile(path.join(adminDir, 'index.html')));
  }
  app.use(errorHandler);
  return app;
}
