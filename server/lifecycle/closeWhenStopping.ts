import type { RequestHandler } from 'express';
import type { Lifecycle } from './phase.js';

/**
 * While shutting down, every response asks the client to close its keep-alive connection, so
 * the connections drain and clients reconnect to another instance instead of to us.
 */
export function closeWhenStopping(lifecycle: Lifecycle): RequestHandler {
  return (_req, res, next) => {
    if (lifecycle.phase === 'stopping') res.setHeader('Connection', 'close');
    next();
  };
}
