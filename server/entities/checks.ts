/**
 * SQL for CHECK constraints built from the domain's rules, so database and API never disagree.
 * Each helper also records what its expression means, so the API's validation can be derived
 * from the entity's own @Check declarations (see server/crud/model.ts), and the admin's
 * validators from the API's description of it (server/crud/describe.ts).
 */
import {
  EMAIL_PATTERN,
  HTTP_URL_PATTERN,
  IDENTIFIER_NORMAL_FORM,
  IDENTIFIER_PATTERN,
  LONG_TEXT_MAX_LENGTH,
  PATTERN_MESSAGES,
  SAFE_PATH_PATTERN,
  SLUG_PATTERN,
} from '../domain/rules.js';

export type CheckRule =
  | { kind: 'oneOf'; column: string; values: readonly (string | number)[] }
  | { kind: 'pattern'; column: string; pattern: string; allowEmpty: boolean; message?: string }
  | { kind: 'prefix'; column: string; prefix: string }
  | { kind: 'min'; column: string; min: number }
  /** At most this many characters (PostgreSQL's char_length; the API counts UTF-16 units, which is never fewer). */
  | { kind: 'maxLength'; column: string; max: number }
  /** Stored in this Unicode normal form (the API normalises first), then matching the pattern. */
  | { kind: 'identifier'; column: string; normalize: 'NFKC'; pattern: string; message: string };

const rules = new Map<string, CheckRule>();

function record(expression: string, rule: CheckRule): string {
  rules.set(expression, rule);
  return expression;
}

/** A SQL string literal. */
const literal = (text: string) => `'${text.replace(/'/g, "''")}'`;

/** What a CHECK expression made by these helpers means; undefined for hand-written ones. */
export function ruleOf(expression: string): CheckRule | undefined {
  return rules.get(expression);
}

export function oneOf(column: string, values: readonly (string | number)[]): string {
  const list = values.map((v) => (typeof v === 'number' ? String(v) : literal(v))).join(', ');
  return record(`"${column}" IN (${list})`, { kind: 'oneOf', column, values });
}

/** A URL column that is empty or points at python.org over https. */
export function pythonOrgUrl(column: string): string {
  const prefix = 'https://www.python.org/';
  return record(`"${column}" IS NULL OR "${column}" = '' OR "${column}" LIKE '${prefix}%'`, { kind: 'prefix', column, prefix });
}

/** A column matching a POSIX regular expression (one JavaScript reads the same way). */
export function matches(column: string, pattern: string, options: { allowEmpty?: boolean; message?: string } = {}): string {
  const expression = options.allowEmpty
    ? `"${column}" IS NULL OR "${column}" = '' OR "${column}" ~ ${literal(pattern)}`
    : `"${column}" ~ ${literal(pattern)}`;
  return record(expression, { kind: 'pattern', column, pattern, allowEmpty: options.allowEmpty ?? false, message: options.message });
}

export function atLeast(column: string, min: number): string {
  return record(`"${column}" >= ${min}`, { kind: 'min', column, min });
}

/** The one slug rule (Django's SlugField): ASCII letters, digits, hyphens and underscores. */
export function slug(column: string, options: { allowEmpty?: boolean } = {}): string {
  return matches(column, SLUG_PATTERN, { ...options, message: PATTERN_MESSAGES.slug });
}

/** A URL field: http(s) with a host; empty or NULL where the column allows it. */
export function httpUrl(column: string, options: { allowEmpty?: boolean } = {}): string {
  return matches(column, HTTP_URL_PATTERN, { ...options, message: PATTERN_MESSAGES.httpUrl });
}

/** A stored file: a relative path of safe segments, or an https URL. */
export function safePath(column: string, options: { allowEmpty?: boolean } = {}): string {
  return matches(column, SAFE_PATH_PATTERN, { ...options, message: PATTERN_MESSAGES.safePath });
}

/** An e-mail address that can never break a mail header. */
export function email(column: string, options: { allowEmpty?: boolean } = {}): string {
  return matches(column, EMAIL_PATTERN, { ...options, message: PATTERN_MESSAGES.email });
}

/** An identifier people read (a username): NFKC-normalised, no spaces, controls or invisible characters. */
export function identifier(column: string): string {
  return record(`"${column}" IS ${IDENTIFIER_NORMAL_FORM} NORMALIZED AND "${column}" ~ ${literal(IDENTIFIER_PATTERN)}`, {
    kind: 'identifier',
    column,
    normalize: IDENTIFIER_NORMAL_FORM,
    pattern: IDENTIFIER_PATTERN,
    message: PATTERN_MESSAGES.identifier,
  });
}

/** Text of at most `max` characters (searchable text: LONG_TEXT_MAX_LENGTH by default). */
export function maxLength(column: string, max: number = LONG_TEXT_MAX_LENGTH): string {
  return record(`char_length("${column}") <= ${max}`, { kind: 'maxLength', column, max });
}
