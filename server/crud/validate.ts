import type { z } from 'zod';
import { HttpError } from '../http/errors.js';

/** Parses a body with a resource schema; failures become a 422 whose `errors` react-admin puts on the form fields. */
export function validateBody<T>(schema: z.ZodType<T>, body: unknown, ignored: ReadonlySet<string>): T {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) {
    throw new HttpError(400, 'The request body must be a JSON object.');
  }
  const kept = Object.fromEntries(Object.entries(body).filter(([key]) => !ignored.has(key)));
  const result = schema.safeParse(kept);
  if (result.success) return result.data;
  const errors: Record<string, string> = {};
  for (const issue of result.error.issues) {
    if (issue.code === 'unrecognized_keys') {
      for (const key of issue.keys) errors[key] = 'Unknown field: it cannot be written here.';
    } else {
      const field = issue.path.join('.') || 'body';
      errors[field] ??= issue.code === 'invalid_type' && issue.input === undefined ? 'Required.' : issue.message;
    }
  }
  const fields = Object.keys(errors);
  throw new HttpError(
    422,
    `Please correct ${fields.length === 1 ? `the field ${fields[0]}` : `${fields.length} fields: ${fields.join(', ')}`}.`,
    errors,
  );
}
