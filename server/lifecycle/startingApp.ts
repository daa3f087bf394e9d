import express from 'express';
import { accessLog } from '../http/accessLog.js';
import { RETRY_AFTER_SECONDS } from '../http/pgErrors.js';
import { requestContext } from '../http/requestContext.js';
import { healthRouter } from '../routes/health.js';
import { closeWhenStopping } from './closeWhenStopping.js';
import { phaseMessage, type Lifecycle } from './phase.js';

/**
 * What the port serves until the database answers and is migrated: liveness 200, readiness
 * 503, and a 503 with Retry-After for everything else, so a user sees why instead of a refused connection.
 */
export function startingApp(lifecycle: Lifecycle): express.Express {
  const app = express();
  app.disable('x-powered-by');
  app.use(requestContext, accessLog);
  app.use(closeWhenStopping(lifecycle));
  app.use('/api', healthRouter(undefined, lifecycle));
  app.use((_req, res) => {
    res.setHeader('Retry-After', String(RETRY_AFTER_SECONDS));
    res.status(503).json({ message: `${phaseMessage(lifecycle)} Try again in a few seconds.` });
  });
  return app;
}
