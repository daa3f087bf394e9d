import { pino } from 'pino';

function safeError(error: unknown): unknown {
  if (!(error instanceof Error)) return error;
  const { type, message, stack } = pino.stdSerializers.err(error);
  const cause =
    (error as { driverError?: { code?: string; constraint?: string } }).driverError ?? (error as { code?: string; constraint?: string });
  return { type, message, stack, code: cause.code, constraint: cause.constraint };
}

/** One structured JSON logger for the whole process; secrets are redacted by path. */
export const logger = pino({
  level: process.env.LOG_LEVEL || (process.env.VITEST ? 'silent' : 'info'),
  redact: [
    'password',
    'password_hash',
    'current_password',
    'new_password',
    'token',
    'secret',
    'csrf_token',
    '*.password',
    '*.password_hash',
    '*.current_password',
    '*.new_password',
    '*.token',
    '*.secret',
    '*.csrf_token',
    'req.headers.cookie',
    'req.headers.authorization',
    'req.headers["x-csrf-token"]',
    'headers.cookie',
    'headers.authorization',
    'headers["x-csrf-token"]',
  ],
  // TypeORM's QueryFailedError carries the statement's bound values (a password hash, a body
  // field): an error is logged with its message, code and stack only.
  serializers: { err: safeError },
});
