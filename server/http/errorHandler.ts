import type { ErrorRequestHandler } from 'express';
import { logger } from '../logger.js';
import { HttpError } from './errors.js';
import { mapDatabaseError, unavailabilityError } from './pgErrors.js';

export interface ErrorReply {
  status: number;
  body: Record<string, unknown>;
  /** Seconds, for a Retry-After header. */
  retryAfter?: number;
}

/** The one place errors become responses (logged where they are a fault of ours); a 500 never shows its message. */
export function errorReply(caught: unknown, method: string, path: string, requestId?: string): ErrorReply {
  const unavailable = unavailabilityError(caught);
  // Resources map their errors where their queries run (mappingErrors); this catches statements of no resource.
  const error = unavailable ?? mapDatabaseError(caught) ?? caught;
  if (unavailable)
    logger.warn(
      { err: caught, req_id: requestId, method, path },
      `answered ${unavailable.status}: the database is unavailable or too slow`,
    );
  if (error instanceof HttpError) {
    return {
      status: error.status,
      body: { message: error.message, ...(error.errors ? { errors: error.errors } : {}), ...error.extra },
      retryAfter: typeof error.extra?.retry_after === 'number' ? error.extra.retry_after : undefined,
    };
  }
  // body-parser's own errors (malformed JSON, too large) carry a client status.
  const status = (error as { status?: unknown })?.status;
  if (typeof status === 'number' && status >= 400 && status < 500) {
    return { status, body: { message: status === 413 ? 'Request body too large.' : 'Malformed request body.' } };
  }
  logger.error({ err: error, req_id: requestId, method, path }, 'unhandled error');
  return { status: 500, body: { message: 'Internal error' } };
}

export const errorHandler: ErrorRequestHandler = (caught, req, res, _next) => {
  const reply = errorReply(caught, req.method, req.path, res.locals.requestId as string | undefined);
  if (reply.retryAfter !== undefined) res.setHeader('Retry-After', String(reply.retryAfter));
  res.status(reply.status).json(reply.body);
};
