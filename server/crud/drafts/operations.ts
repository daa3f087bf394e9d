import type { Actor } from '../../auth/permissions.js';
import { ident, type Sql } from '../../db/sql.js';
import { HttpError } from '../../http/errors.js';
import { visibleRows } from '../access.js';
import { loadRecord } from '../reads.js';
import type { MountedResource } from '../registry.js';
import type { ResourceModel, Row, WriteTx } from '../types.js';
import { validateBody } from '../validate.js';
import { staleVersion, writeRecord } from '../write/pipeline.js';
import { dropDraft, loadDraft, lockDraft, storeDraft, type StoredDraft } from './store.js';

/** The fields a draft may hold: what a save may write, many-to-many id lists included; and the save's comment. */
const draftable = (model: ResourceModel) => [...model.writable, ...model.manyToMany.keys()];
const same = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);

const stale = (model: ResourceModel, sent: unknown, current: number, what: string) =>
  staleVersion(`This ${model.noun}'s ${what}`, sent, current);

/** The record as its draft would make it: the live fields overlaid with the draft's, and the draft's row_version. */
export function draftView(live: Row, draft: StoredDraft): Row {
  const { version_comment: _comment, ...values } = draft.values;
  return {
    ...live,
    ...values,
    row_version: draft.row_version,
    live_row_version: live.row_version,
    has_draft: true,
    draft: { row_version: draft.row_version, author_id: draft.author_id, author: draft.author, updated: draft.updated },
  };
}

/** Whether the record is live (published, or of a resource with no published state): only then may it have a draft. */
async function isLive(sql: Sql, model: ResourceModel, id: number): Promise<boolean> {
  const published = model.options.versions?.published;
  if (!published) return true;
  const [row] = await sql.query<{ live: boolean }>(`SELECT (${published}) AS live FROM ${ident(model.table)} t WHERE t."id" = $1`, [id]);
  return row?.live === true;
}

/** The record (404 when the actor cannot see it) and its draft, both under the record's draft lock. */
async function lockedRecord(tx: WriteTx, model: ResourceModel, id: number, actor: Actor | null) {
  await lockDraft(tx.sql, model.name, id);
  const live = await loadRecord(tx.sql, model, id, actor ? visibleRows(model, actor) : undefined);
  return { live, draft: await loadDraft(tx.sql, model.name, id) };
}

/**
 * Saves `input` (a validated update body) to the record's draft; the record, the public API and the
 * feeds stay as they are. The body's row_version must be the draft's when there is one, else the
 * record's. The draft keeps only the fields that differ from the record, so a later save of the
 * record itself keeps what the draft does not change.
 */
export async function saveDraft(tx: WriteTx, model: ResourceModel, id: number, input: Row, actor: Actor): Promise<Row> {
  const { live, draft } = await lockedRecord(tx, model, id, actor);
  if (!draft && !(await isLive(tx.sql, model, id))) {
    throw new HttpError(
      409,
      `This ${model.noun} is not published, so there is nothing to keep live: save it directly, without draft=true.`,
    );
  }
  const expected = draft ? draft.row_version : (live.row_version as number);
  if (input.row_version !== expected) throw stale(model, input.row_version, expected, draft ? 'draft' : 'record');
  const merged: Row = { ...draft?.values, ...input };
  const values: Row = {};
  for (const field of draftable(model)) if (field in merged && !same(merged[field], live[field])) values[field] = merged[field];
  if (typeof merged.version_comment === 'string') values.version_comment = merged.version_comment;
  // Above the record's version, always (keepDraftAhead): a client holding the record's cannot match it.
  const rowVersion = (draft ? draft.row_version : (live.row_version as number)) + 1;
  await storeDraft(tx.sql, model.name, id, values, rowVersion, actor);
  return draftView(live, (await loadDraft(tx.sql, model.name, id))!);
}

/** The record's draft as the record it would make; 404 without one. */
export async function readDraft(sql: Sql, model: ResourceModel, id: number, actor: Actor): Promise<Row> {
  const live = await loadRecord(sql, model, id, visibleRows(model, actor));
  const draft = await loadDraft(sql, model.name, id);
  if (!draft) throw new HttpError(404, `This ${model.noun} has no draft.`);
  return draftView(live, draft);
}

/** Discards the draft; 404 without one. Returns the record as it is live. */
export async function discardDraft(tx: WriteTx, model: ResourceModel, id: number, actor: Actor): Promise<void> {
  await lockedRecord(tx, model, id, actor);
  if (!(await dropDraft(tx.sql, model.name, id))) throw new HttpError(404, `This ${model.noun} has no draft.`);
}

export interface PublishRequest {
  /** What the client is looking at: the draft's row_version when there is one, else the record's. Unchecked for the scheduler. */
  rowVersion?: number;
  comment?: string;
  /** Null for the scheduler: no access check, every other check of a save. */
  actor: Actor | null;
}

/**
 * Publishes the record: its draft's fields (when it has one) and, for a resource with a publish
 * column, that column set, as one update through the pipeline — validation against today's schema,
 * every rule (the release publish checklist, the workflow's), the audit entry, a new version. The
 * drafts rule checks under its lock that the draft is still the one read here, and drops it as the
 * update is written; if any check refuses, nothing changes. Locks are left to the pipeline, which
 * takes them in the one order every writer keeps.
 */
export async function publishRecord(tx: WriteTx, { model, schemas }: MountedResource, id: number, request: PublishRequest): Promise<Row> {
  const live = await loadRecord(tx.sql, model, id, request.actor ? visibleRows(model, request.actor) : undefined);
  const draft = await loadDraft(tx.sql, model.name, id);
  const expected = draft ? draft.row_version : (live.row_version as number);
  if (request.rowVersion !== undefined && request.rowVersion !== expected) {
    throw stale(model, request.rowVersion, expected, draft ? 'draft' : 'record');
  }
  const column = model.options.versions?.publishColumn;
  if (!draft && (!column || live[column] === true)) {
    throw new HttpError(409, `This ${model.noun} has no draft to publish${column ? ' and is published already' : ''}.`);
  }
  const { version_comment: draftComment, ...values } = draft?.values ?? {};
  const comment = request.comment ?? (typeof draftComment === 'string' ? draftComment : undefined);
  // Validated again: the schema may have tightened since the draft was saved. A draft holds only the
  // fields it changes, so the record's own version need not match (its changes elsewhere stay);
  // without a draft, the publish is an update of the record like any other.
  const input = validateBody(
    schemas.update.partial(),
    {
      ...values,
      ...(column ? { [column]: true } : {}),
      ...(comment ? { version_comment: comment } : {}),
      ...(draft || request.rowVersion === undefined ? {} : { row_version: request.rowVersion }),
    },
    new Set(),
  ) as Row;
  const written = await writeRecord(tx, model, {
    operation: 'update',
    actor: request.actor,
    id,
    input,
    publishesDraft: draft ? { rowVersion: draft.row_version } : undefined,
  });
  return { ...written, has_draft: false, draft: null };
}

/** Unpublishes a record of a resource with a publish column (the scheduler's unpublish_at), through the pipeline. */
export async function unpublishRecord(tx: WriteTx, model: ResourceModel, id: number, comment?: string): Promise<Row> {
  const live = await loadRecord(tx.sql, model, id, undefined);
  const column = model.options.versions?.publishColumn;
  if (!column) throw new HttpError(409, `A ${model.noun} has no published state to clear.`);
  if (live[column] !== true) throw new HttpError(409, `This ${model.noun} is not published.`);
  return writeRecord(tx, model, {
    operation: 'update',
    actor: null,
    id,
    input: { [column]: false, ...(comment ? { version_comment: comment } : {}) },
  });
}
