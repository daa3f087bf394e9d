import { pino, type DestinationStream, type Logger } from 'pino';
import { logFormatFor, prettyDestination, type LineSink, type LogFormat } from './logFormat.js';

function safeError(error: unknown): unknown {
  if (!(error instanceof Error)) return error;
  const { type, message, stack } = pino.stdSerializers.err(error);
  const cause =
    (error as { driverError?: { code?: string; constraint?: string } }).driverError ?? (error as { code?: string; constraint?: string });
  return { type, message, stack, code: cause.code, constraint: cause.constraint };
}

const REDACT = [
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
];

export interface LoggerOptions {
  format: LogFormat;
  level: string;
  /** Where lines go; default stdout. */
  sink?: LineSink;
  /** Colours in pretty lines; default when writing to a terminal. */
  colorize?: boolean;
}

/** A logger of either format with the same redaction and error serializer: secrets never reach a line. */
export function createLogger(options: LoggerOptions): Logger {
  const settings = {
    level: options.level,
    redact: REDACT,
    // TypeORM's QueryFailedError carries the statement's bound values (a password hash, a body
    // field): an error is logged with its message, code and stack only.
    serializers: { err: safeError },
  };
  if (options.format === 'pretty') {
    const sink = options.sink ?? process.stdout;
    const colorize = options.colorize ?? (options.sink === undefined && process.stdout.isTTY === true);
    return pino(settings, prettyDestination(sink, colorize) as DestinationStream);
  }
  return options.sink ? pino(settings, options.sink as DestinationStream) : pino(settings);
}

/** The one logger of the process: JSON lines, or one readable line each at a terminal (LOG_FORMAT overrides). */
export const logger = createLogger({
  format: logFormatFor(process.env, process.stdout.isTTY === true),
  level: process.env.LOG_LEVEL || (process.env.VITEST ? 'silent' : 'info'),
});
