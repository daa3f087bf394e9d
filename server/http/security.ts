import helmet from 'helmet';
import type { RequestHandler } from 'express';
import { HttpError } from './errors.js';

/**
 * Security headers, with a Content-Security-Policy the admin works under: scripts only from
 * this origin; inline styles allowed because MUI (emotion) writes its styles at run time.
 */
const helmetHeaders = helmet({
  contentSecurityPolicy: {
    useDefaults: false,
    directives: {
      defaultSrc: ["'self'"],
      scriptSrc: ["'self'"],
      styleSrc: ["'self'", "'unsafe-inline'"],
      imgSrc: ["'self'", 'data:', 'https:'],
      fontSrc: ["'self'", 'data:'],
      connectSrc: ["'self'"],
      objectSrc: ["'none'"],
      baseUri: ["'self'"],
      formAction: ["'self'"],
      frameAncestors: ["'none'"],
    },
  },
});

/** The headers helmet sets, read once: they depend on nothing in the request, so each response just copies them. */
function headersOf(middleware: RequestHandler): Map<string, string> {
  const headers = new Map<string, string>();
  const res = { setHeader: (name: string, value: string) => headers.set(name, value), removeHeader: () => {} };
  middleware({} as never, res as never, () => {});
  return headers;
}

export const SECURITY_HEADERS = headersOf(helmetHeaders);

export const securityHeaders: RequestHandler = (_req, res, next) => {
  res.setHeaders(SECURITY_HEADERS);
  next();
};

const WRITES = new Set(['POST', 'PUT', 'PATCH']);

/** Writes carry JSON (or CSV where a route says so): anything else is a 415 before any parsing. */
export function requireJsonWrites(
  allowCsv: (path: string) => boolean,
  allowUpload: (path: string) => boolean = () => false,
): RequestHandler {
  return (req, _res, next) => {
    const hasBody = Number(req.get('content-length') ?? 0) > 0 || req.get('transfer-encoding') !== undefined;
    if (!WRITES.has(req.method) || !hasBody || req.is('application/json')) return next();
    if (req.is('text/csv') && allowCsv(req.path)) return next();
    // A file upload (the media library): the CSRF check still applies, as to every cookie write.
    if (req.is('multipart/form-data') && allowUpload(req.path)) return next();
    throw new HttpError(415, 'Send the request body as JSON (Content-Type: application/json).');
  };
}
