import { maxLength, minLength, minValue, required, type Validator } from 'react-admin';
// The server's own type (FieldMeta is its alias), with an extension so the server's tests can import these validators.
import type { FieldDescription as FieldMeta } from '../../../server/domain/resourceDescription.js';

/**
 * Client-side checks mirroring the server's (which still decides): required, lengths, patterns (slugs, page paths, URLs,
 * file paths, e-mail addresses, identifiers — checked on the normalised value where the server normalises), python.org prefixes.
 */
export function validatorsFor(field: FieldMeta, options: { create?: boolean } = {}): Validator[] {
  const list: Validator[] = [];
  if (field.required && (!field.writeOnly || options.create)) list.push(required());
  if (field.maxLength) list.push(maxLength(field.maxLength, `At most ${field.maxLength} characters.`));
  if (field.minLength) list.push(minLength(field.minLength, `At least ${field.minLength} characters.`));
  if (field.min !== undefined) list.push(minValue(field.min, `At least ${field.min}.`));
  if (field.pattern) {
    const message = field.pattern.message ?? `Does not have the required form (${field.pattern.source}).`;
    const pattern = new RegExp(field.pattern.source);
    const form = field.normalize;
    const stored = (value: string) => (form ? value.normalize(form) : value);
    list.push((value: unknown) => (typeof value === 'string' && value !== '' && !pattern.test(stored(value)) ? message : undefined));
  }
  if (field.prefix) {
    const prefix = field.prefix;
    list.push((value: unknown) =>
      typeof value === 'string' && value !== '' && !value.startsWith(prefix) ? `Must be empty or start with ${prefix}` : undefined,
    );
  }
  return list;
}
