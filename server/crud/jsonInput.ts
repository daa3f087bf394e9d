/*
 * What no text a client sends may hold, whatever field it is for: PostgreSQL text cannot store a NUL
 * character, and a lone UTF-16 surrogate is not Unicode at all (it would be stored as U+FFFD, silently
 * changing what was sent). And how deep a JSON value may nest: validating and storing deeper values
 * costs stack for nothing python.org needs.
 */

/** The deepest nesting of a request body or a JSON field (a field of the body is level 1). */
export const MAX_JSON_DEPTH = 32;

/** Why this text cannot be taken, or undefined when it can. */
export function textProblem(text: string): string | undefined {
  if (text.includes('\u0000')) return 'Contains a NUL character, which text cannot hold.';
  // In a u-flag expression a surrogate pair is one code point; only a lone surrogate matches \p{Cs}.
  if (/\p{Cs}/u.test(text)) return 'Is not valid Unicode (it contains a lone surrogate).';
  return undefined;
}

export interface InputProblem {
  /** Where, as a dotted path from the top (`meta.note`, `items.0`); the body itself is "body". */
  field: string;
  message: string;
}

/**
 * The first problem of a parsed JSON value, walking at most MAX_JSON_DEPTH levels (so the walk itself
 * never runs out of stack): a key or a string that textProblem refuses, or nesting deeper than the limit.
 */
export function inputProblem(value: unknown, path: string[] = [], depth = 0): InputProblem | undefined {
  const field = path.join('.') || 'body';
  if (typeof value === 'string') {
    const message = textProblem(value);
    return message ? { field, message } : undefined;
  }
  if (typeof value !== 'object' || value === null) return undefined;
  if (depth >= MAX_JSON_DEPTH) return { field, message: `Is nested more than ${MAX_JSON_DEPTH} levels deep.` };
  for (const [key, item] of Object.entries(value)) {
    const keyMessage = textProblem(key);
    if (keyMessage) return { field, message: `A key ${keyMessage.charAt(0).toLowerCase()}${keyMessage.slice(1)}` };
    const found = inputProblem(item, [...path, key], depth + 1);
    if (found) return found;
  }
  return undefined;
}
