import type { Actor } from '../../auth/permissions.js';
import type { Sql } from '../../db/sql.js';
import type { Row } from '../types.js';

/** A record's pending draft as stored: the fields it changes, its own row_version, who saved it last. */
export interface StoredDraft {
  values: Row;
  row_version: number;
  author_id: number | null;
  author: string | null;
  updated: Date;
}

/**
 * Orders everyone who changes a versioned record or its draft: every write of the record through
 * the pipeline (the drafts rule's lock, after the resource's own rules' locks), and draft saves and
 * discards, which take no other lock after it, so none of them can deadlock another.
 */
export async function lockDraft(sql: Sql, resource: string, id: number): Promise<void> {
  await sql.query(`SELECT pg_advisory_xact_lock(hashtext('record_drafts:' || $1), $2)`, [resource, id]);
}

export async function loadDraft(sql: Sql, resource: string, id: number): Promise<StoredDraft | undefined> {
  const [draft] = await sql.query<StoredDraft>(
    `SELECT d.values, d.row_version, d.author_id, u.username AS author, d.updated
       FROM record_drafts d LEFT JOIN users u ON u.id = d.author_id WHERE d.resource = $1 AND d.record_id = $2`,
    [resource, id],
  );
  return draft;
}

export async function storeDraft(sql: Sql, resource: string, id: number, values: Row, rowVersion: number, actor: Actor): Promise<void> {
  await sql.query(
    `INSERT INTO record_drafts (resource, record_id, values, row_version, author_id, token_id)
       VALUES ($1, $2, $3, $4, $5, (SELECT id FROM auth_tokens WHERE id = $6::int))
     ON CONFLICT (resource, record_id) DO UPDATE
       SET values = EXCLUDED.values, row_version = EXCLUDED.row_version, author_id = EXCLUDED.author_id, token_id = EXCLUDED.token_id`,
    [resource, id, JSON.stringify(values), rowVersion, actor.id, actor.tokenId],
  );
}

/** Removes the draft; whether there was one. */
export async function dropDraft(sql: Sql, resource: string, id: number): Promise<boolean> {
  const rows = await sql.query(`DELETE FROM record_drafts WHERE resource = $1 AND record_id = $2 RETURNING id`, [resource, id]);
  return rows.length > 0;
}

/**
 * Keeps a draft's row_version above its record's after the record changed: a client holding the
 * record's version then cannot save over (or publish) a draft it has not seen.
 */
export async function keepDraftAhead(sql: Sql, resource: string, id: number, recordVersion: number): Promise<void> {
  await sql.query(`UPDATE record_drafts SET row_version = $3 + 1 WHERE resource = $1 AND record_id = $2 AND row_version <= $3`, [
    resource,
    id,
    recordVersion,
  ]);
}

/**
 * A deleted record's draft and pending schedule go with it; what the schedule did is kept. An entry
 * the scheduler holds (it is applying it, and waits for this record's lock) is left to it: it finds
 * the record gone and marks the entry failed, where waiting for it here would deadlock.
 */
export async function forgetRecord(sql: Sql, resource: string, id: number): Promise<void> {
  await sql.query(`DELETE FROM record_drafts WHERE resource = $1 AND record_id = $2`, [resource, id]);
  await sql.query(
    `DELETE FROM scheduled_publications WHERE id IN (
       SELECT id FROM scheduled_publications WHERE resource = $1 AND record_id = $2 AND status = 'pending' FOR UPDATE SKIP LOCKED)`,
    [resource, id],
  );
}
