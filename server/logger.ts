import { pino } from 'pino';

/** One structured JSON logger for the whole process; secrets are redacted by path. */
export const logger = pino({
  level: process.env.LOG_LEVEL || (process.env.VITEST ? 'silent' : 'info'),
  redact: ['password', 'password_hash', '*.password', '*.password_hash', 'req.headers.cookie', 'req.headers.authorization'],
});
