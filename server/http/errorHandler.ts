import type { ErrorRequestHandler } from 'express';
import { logger } from '../logger.js';
import { HttpError } from './errors.js';
import { mapDatabaseError, unavailabilityError } from './pgErrors.js';

/** The one place errors become responses; a 500 never shows its message. */
export const errorHandler: ErrorRequestHandler = (caught, req, res, _next) => {
  const unavailable = unavailabilityError(caught);
  // Resources map their errors where their queries run (mappingErrors); this catches statements of no resource.
  const error = unavailable ?? mapDatabaseError(caught) ?? caught;
  if (unavailable)
    logger.warn(
      { err: caught, method: req.method, path: req.path },
      `answered ${unavailable.status}: the database is unavailable or too slow`,
    );
  if (error instanceof HttpError) {
    if (typeof error.extra?.retry_after === 'number') res.setHeader('Retry-After', String(error.extra.retry_after));
    res.status(error.status).json({ message: error.message, ...(error.errors ? { errors: error.errors } : {}), ...error.extra });
    return;
  }
  // body-parser's own errors (malformed JSON, too large) carry a client status.
  const status = typeof error?.status === 'number' ? error.status : 500;
  if (status >= 400 && status < 500) {
    res.status(status).json({ message: status === 413 ? 'Request body too large.' : 'Malformed request body.' });
    return;
  }
  logger.error({ err: error, method: req.method, path: req.path }, 'unhandled error');
  res.status(500).json({ message: 'Internal error' });
};
