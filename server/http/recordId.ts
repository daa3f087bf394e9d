import type { Request } from 'express';
import { HttpError } from './errors.js';

/** The `:id` of a record route, or a 400: ids are positive whole numbers, written plainly. */
export function recordId(req: Request): number {
  const id = Number(req.params.id);
  if (!Number.isSafeInteger(id) || id <= 0 || String(id) !== req.params.id) {
    throw new HttpError(400, 'Record ids are positive whole numbers.', { id: 'Not a record id.' });
  }
  return id;
}
