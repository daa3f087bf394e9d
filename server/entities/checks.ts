/**
 * SQL for CHECK constraints built from the domain's rules, so database and API never disagree.
 * Each helper also records what its expression means, so the API's validation can be derived
 * from the entity's own @Check declarations (see server/crud/model.ts).
 */
export type CheckRule =
  | { kind: 'oneOf'; column: string; values: readonly (string | number)[] }
  | { kind: 'pattern'; column: string; pattern: string; allowEmpty: boolean; message?: string }
  | { kind: 'prefix'; column: string; prefix: string }
  | { kind: 'min'; column: string; min: number };

const rules = new Map<string, CheckRule>();

function record(expression: string, rule: CheckRule): string {
  rules.set(expression, rule);
  return expression;
}

/** What a CHECK expression made by these helpers means; undefined for hand-written ones. */
export function ruleOf(expression: string): CheckRule | undefined {
  return rules.get(expression);
}

export function oneOf(column: string, values: readonly (string | number)[]): string {
  const list = values.map((v) => (typeof v === 'number' ? String(v) : `'${v.replace(/'/g, "''")}'`)).join(', ');
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
    ? `"${column}" IS NULL OR "${column}" = '' OR "${column}" ~ '${pattern}'`
    : `"${column}" ~ '${pattern}'`;
  return record(expression, { kind: 'pattern', column, pattern, allowEmpty: options.allowEmpty ?? false, message: options.message });
}

export function atLeast(column: string, min: number): string {
  return record(`"${column}" >= ${min}`, { kind: 'min', column, min });
}
