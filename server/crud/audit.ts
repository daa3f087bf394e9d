import type { Sql } from '../db/sql.js';
import type { ResourceModel } from './model.js';

/** Old and new value per field; a write hook may add details beside them (e.g. what an override overrode). */
export type Changes = Record<string, { old?: unknown; new?: unknown; [detail: string]: unknown }>;
type Row = Record<string, unknown>;

/** Values as JSON would carry them, so Dates and arrays compare by content. */
const plain = (value: unknown) => (value === undefined ? undefined : JSON.parse(JSON.stringify(value)));
const fieldsOf = (model: ResourceModel) => [...model.readable, ...model.manyToMany.keys()].filter((f) => f !== 'row_version' && f !== 'updated');

/** Field-by-field differences between two versions of a record; secrets are never among the fields. */
export function changesBetween(model: ResourceModel, before: Row | undefined, after: Row | undefined): Changes {
  return changedFields(fieldsOf(model), before, after);
}

/** The differences in these fields; bookkeeping columns (row_version, updated) are the caller's to leave out. */
export function changedFields(fields: readonly string[], before: Row | undefined, after: Row | undefined): Changes {
  const changes: Changes = {};
  for (const field of fields) {
    const old = plain(before?.[field]);
    const now = plain(after?.[field]);
    if (JSON.stringify(old) === JSON.stringify(now)) continue;
    changes[field] = { ...(before ? { old } : {}), ...(after ? { new: now } : {}) };
  }
  return changes;
}

export interface AuditEntry {
  actorId: number | null;
  /** The API token the actor used, if any. */
  tokenId?: number | null;
  resource: string;
  recordId: number;
  action: 'create' | 'update' | 'delete';
  changes: Changes;
}

/** Written on the caller's transaction, so the record and its audit entry commit together or not at all. */
export async function writeAudit(sql: Sql, entry: AuditEntry): Promise<void> {
  await sql.query(
    'INSERT INTO audit_log (actor_id, token_id, resource, record_id, action, changes) VALUES ($1, $2, $3, $4, $5, $6)',
    [entry.actorId, entry.tokenId ?? null, entry.resource, entry.recordId, entry.action, JSON.stringify(entry.changes)],
  );
}
