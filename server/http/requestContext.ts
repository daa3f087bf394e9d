import { randomUUID } from 'node:crypto';
import type { RequestHandler } from 'express';
import { requestStorage } from './requestStore.js';

// A proxy's id is kept so one request can be followed across both logs; anything else could
// smuggle arbitrary text into every log line and response header, so it is replaced.
const ACCEPTED_ID = /^[A-Za-z0-9._:-]{1,64}$/;

/** Gives the request an id (X-Request-Id, both ways) and runs the rest of it in that context. */
export const requestContext: RequestHandler = (req, res, next) => {
  const sent = req.get('x-request-id');
  const requestId = sent && ACCEPTED_ID.test(sent) ? sent : randomUUID();
  res.setHeader('X-Request-Id', requestId);
  requestStorage.run({ requestId }, next);
};
