/** SQL for CHECK constraints built from the domain's enumerations, so the two never disagree. */
export function oneOf(column: string, values: readonly (string | number)[]): string {
  const list = values.map((v) => (typeof v === 'number' ? String(v) : `'${v.replace(/'/g, "''")}'`)).join(', ');
  return `"${column}" IN (${list})`;
}

/** A URL column that is empty or points at python.org over https. */
export function pythonOrgUrl(column: string): string {
  return `"${column}" IS NULL OR "${column}" = '' OR "${column}" LIKE 'https://www.python.org/%'`;
}
