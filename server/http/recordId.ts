import type { Request } from 'express';
import { HttpError } from './errors.js';

/** The `:id` of a record route, or a 400: ids are positive whole numbers, written plainly. */
export function recordId(req: Request): number {
  return parseRecordId(req.params.id as string);
}

/** A record id as it stands in a URL, or a 400. */
export function parseRecordId(raw: string): number {
  const id = Number(raw);
  if (!Number.isSafeInteger(id) || id <= 0 || String(id) !== raw) {
    throw new HttpError(400, 'Record ids are positive whole numbers.', { id: 'Not a record id.' });
  }
  return id;
}
