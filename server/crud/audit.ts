import type { Actor } from '../auth/permissions.js';
import { ident, type Sql } from '../db/sql.js';
import type { Changes, ResourceModel, Row, WriteOperation } from './types.js';

/** Values as JSON would carry them, so Dates and arrays compare by content. */
const plain = (value: unknown) => (value === undefined ? undefined : JSON.parse(JSON.stringify(value)));
/**
 * The fields an entry records: what clients read, without the bookkeeping every write moves (who
 * changed a record last is the entry's own actor).
 */
const BOOKKEEPING = new Set(['row_version', 'updated', 'last_modified_by_id']);
const fieldsOf = (model: ResourceModel) => [...model.readable, ...model.manyToMany.keys()].filter((f) => !BOOKKEEPING.has(f));

/** Field-by-field differences between two versions of a record; secrets are never among the fields. */
export function changesBetween(model: ResourceModel, before: Row | undefined, after: Row | undefined): Changes {
  const changes: Changes = {};
  for (const field of fieldsOf(model)) {
    const old = plain(before?.[field]);
    const now = plain(after?.[field]);
    if (JSON.stringify(old) === JSON.stringify(now)) continue;
    changes[field] = { ...(before ? { old } : {}), ...(after ? { new: now } : {}) };
  }
  return changes;
}

export interface AuditEntry {
  recordId: number;
  action: WriteOperation;
  changes: Changes;
}

const INSERT = 'INSERT INTO audit_log (actor_id, token_id, resource, record_id, action, changes)';
// The token the write was made with, unless the write deleted it (a token revoking itself): then none.
const TOKEN = (n: number) => `(SELECT a.id FROM auth_tokens a WHERE a.id = $${n}::int)`;

/**
 * The one audit writer. Entries are filed under the model's name, so the audit log's read scope (the
 * resources an actor reads) finds them; written on the caller's transaction, so the record and its
 * entry commit together or not at all. Null actor: the system.
 */
export async function writeAudit(sql: Sql, model: ResourceModel, actor: Actor | null, entry: AuditEntry): Promise<void> {
  await sql.query(`${INSERT} VALUES ($1, ${TOKEN(2)}, $3, $4, $5, $6)`, [
    actor?.id ?? null,
    actor?.tokenId ?? null,
    model.name,
    entry.recordId,
    entry.action,
    JSON.stringify(entry.changes),
  ]);
}

/** The batch form, for set-based writes: every entry in one statement, the set travelling as one JSON document. */
export async function writeAuditBatch(sql: Sql, model: ResourceModel, actor: Actor | null, entries: AuditEntry[]): Promise<void> {
  if (!entries.length) return;
  await sql.query(
    `${INSERT} SELECT $1::int, ${TOKEN(2)}, $3::text, u."recordId", u.action, u.changes FROM jsonb_to_recordset($4::jsonb) AS u("recordId" int, action text, changes jsonb)`,
    [actor?.id ?? null, actor?.tokenId ?? null, model.name, JSON.stringify(entries)],
  );
}

/** A column's value as JSON carries it (as changesBetween records it): timestamps the way Date.toJSON writes them. */
function jsonValue(model: ResourceModel, alias: string, name: string): string {
  const column = `${alias}.${ident(name)}`;
  return model.columns.get(name)!.kind === 'timestamp' ? `to_char(${column} AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')` : column;
}

/** The `changes` of a created record, built by PostgreSQL from the row `alias`: `{"field": {"new": value}}`, as changesBetween writes it. */
function createdChanges(model: ResourceModel, alias: string): string {
  const fields = fieldsOf(model).filter((f) => model.columns.has(f));
  const pairs = fields.map((f) => `'${f.replace(/'/g, "''")}', jsonb_build_object('new', ${jsonValue(model, alias, f)})`);
  // jsonb_build_object takes at most 100 arguments: 40 fields a call.
  const chunks = Array.from(
    { length: Math.ceil(pairs.length / 40) },
    (_, i) => `jsonb_build_object(${pairs.slice(i * 40, i * 40 + 40).join(', ')})`,
  );
  return chunks.join(' || ');
}

/**
 * The batch form for rows just inserted by the CTE `cte` of the caller's statement: the entries are built
 * where the rows are, rather than sent back and forth (10,000 of them are megabytes). Binds $from..$from+2.
 */
export function auditInsertedSql(model: ResourceModel, cte: string, from: number): string {
  return `${INSERT} SELECT $${from}::int, $${from + 1}::int, $${from + 2}::text, ${cte}."id", 'create', ${createdChanges(model, cte)} FROM ${cte}`;
}

export const auditInsertedValues = (model: ResourceModel, actor: Actor | null) => [actor?.id ?? null, actor?.tokenId ?? null, model.name];
