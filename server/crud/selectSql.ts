import { ident } from '../db/sql.js';
import type { ResourceModel } from './types.js';

const cache = new WeakMap<ResourceModel, string>();

/** The select list of a record: readable columns, many-to-many ids as arrays, computed fields (one query, no N+1). */
export function recordColumns(model: ResourceModel): string {
  const cached = cache.get(model);
  if (cached) return cached;
  const columns = model.readable.map((c) => `t.${ident(c)}`);
  const arrays = [...model.manyToMany.values()].map(
    (m) =>
      `ARRAY(SELECT j.${ident(m.targetColumn)} FROM ${ident(m.joinTable)} j WHERE j.${ident(m.ownerColumn)} = t."id" ORDER BY 1) AS ${ident(m.field)}`,
  );
  const computed = model.computed.map((field) => `${field.select} AS ${ident(field.name)}`);
  const list = [...columns, ...arrays, ...computed].join(', ');
  cache.set(model, list);
  return list;
}

/**
 * One record by id ($1); with `scopeColumn`, only if that column is one of the values in $2 (the
 * actor's read scope), so a hidden record reads exactly like a missing one.
 */
export function selectOneSql(model: ResourceModel, options: { lock?: boolean; scopeColumn?: string } = {}): string {
  const scope = options.scopeColumn ? ` AND t.${ident(options.scopeColumn)} = ANY($2)` : '';
  return `SELECT ${recordColumns(model)} FROM ${ident(model.table)} t WHERE t."id" = $1${scope}${options.lock ? ' FOR UPDATE' : ''}`;
}
