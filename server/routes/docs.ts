import { createRequire } from 'node:module';
import express, { Router } from 'express';

const require = createRequire(import.meta.url);
const swaggerUi = require('swagger-ui-dist') as { getAbsoluteFSPath(): string };

/** GET /api/openapi.json and an interactive Swagger UI at /api/docs/ over it. */
export function docsRouter(document: unknown): Router {
  const router = Router();
  router.get('/openapi.json', (_req, res) => res.json(document));
  router.get('/docs', (req, res, next) => (req.originalUrl.endsWith('/') ? next() : res.redirect(301, '/api/docs/')));
  // Replaces the distribution's initializer, which points at the petstore example.
  router.get('/docs/swagger-initializer.js', (_req, res) => {
    res
      .type('application/javascript')
      .send(
        `window.onload = () => { window.ui = SwaggerUIBundle({ url: '/api/openapi.json', dom_id: '#swagger-ui', deepLinking: true, ` +
          `presets: [SwaggerUIBundle.presets.apis, SwaggerUIStandalonePreset], layout: 'StandaloneLayout' }); };`,
      );
  });
  router.use('/docs', express.static(swaggerUi.getAbsoluteFSPath(), { index: 'index.html' }));
  return router;
}
