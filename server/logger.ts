import { pino } from 'pino';
import { requestStorage } from './http/requestStore.js';

/** One structured JSON logger for the whole process; secrets are redacted by path. */
export const logger = pino({
  level: process.env.LOG_LEVEL || (process.env.VITEST ? 'silent' : 'info'),
  redact: [
    'password', 'password_hash', 'current_password', 'new_password', 'token', 'secret', 'csrf_token',
    '*.password', '*.password_hash', '*.current_password', '*.new_password', '*.token', '*.secret', '*.csrf_token',
    'req.headers.cookie', 'req.headers.authorization', 'req.headers["x-csrf-token"]',
    'headers.cookie', 'headers.authorization', 'headers["x-csrf-token"]',
  ],
  // Whatever logs while a request is handled, however deep, names the request it served.
  mixin: () => {
    const requestId = requestStorage.getStore()?.requestId;
    return requestId ? { req_id: requestId } : {};
  },
});
