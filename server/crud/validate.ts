import type { z } from 'zod';
import { HttpError } from '../http/errors.js';
import { inputProblem } from './jsonInput.js';

const please = (fields: string[]) =>
  `Please correct ${fields.length === 1 ? `the field ${fields[0]}` : `${fields.length} fields: ${fields.join(', ')}`}.`;

/** The value at a path of the body; undefined when the client did not send it. */
function sentAt(body: unknown, path: readonly PropertyKey[]): unknown {
  let value = body;
  for (const key of path) {
    if (typeof value !== 'object' || value === null || !Object.hasOwn(value, key)) return undefined;
    value = (value as Record<PropertyKey, unknown>)[key];
  }
  return value;
}

/**
 * Parses a body with a schema; failures become a 422 whose `errors` react-admin puts on the form fields.
 * First, text no field may hold (NUL, lone surrogates) and nesting past the limit are refused, naming
 * where: before the schema, whose own walk of a deep value would run out of stack.
 */
export function validateBody<T>(schema: z.ZodType<T>, body: unknown, ignored: ReadonlySet<string>): T {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) {
    throw new HttpError(400, 'The request body must be a JSON object.');
  }
  const kept = Object.fromEntries(Object.entries(body).filter(([key]) => !ignored.has(key)));
  const problem = inputProblem(kept);
  if (problem) throw new HttpError(422, please([problem.field]), { [problem.field]: problem.message });
  const result = schema.safeParse(kept);
  if (result.success) return result.data;
  const errors: Record<string, string> = {};
  for (const issue of result.error.issues) {
    if (issue.code === 'unrecognized_keys') {
      for (const key of issue.keys) errors[key] = 'Unknown field: it cannot be written here.';
    } else {
      const field = issue.path.join('.') || 'body';
      // "Required." only for what was not sent; a value of the wrong type hears what was expected.
      errors[field] ??= issue.code === 'invalid_type' && sentAt(kept, issue.path) === undefined ? 'Required.' : issue.message;
    }
  }
  throw new HttpError(422, please(Object.keys(errors)), errors);
}
