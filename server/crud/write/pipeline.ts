import type { Actor } from '../../auth/permissions.js';
import { HttpError } from '../../http/errors.js';
import { mappingErrors } from '../../http/pgErrors.js';
import type { TransitionRequest } from '../../workflows/machine.js';
import { mayWrite, visibleRows } from '../access.js';
import { changesBetween, writeAudit } from '../audit.js';
import { loadRecord } from '../reads.js';
import type { ResourceModel, Row, WriteContext, WriteOperation, WriteTx } from '../types.js';
import { deriveAndStamp, persist } from './persist.js';

export interface WriteRequest {
  operation: WriteOperation;
  /** Null for the system (a scheduled sweep): no access check, no read scope, no stamps. */
  actor: Actor | null;
  /** The record written; required unless creating. */
  id?: number;
  /** The validated body (write-only fields included); row_version, when present, must be the stored one. */
  input?: Row;
  /** A workflow step instead of a field change: an update the resource's machine decides. */
  transition?: TransitionRequest;
  /** The caller's route has checked who may write, by a rule of its own (a job's comments, one's own tokens). */
  accessChecked?: boolean;
  /** The update publishes the record's draft (server/crud/drafts/): the drafts rule checks it under its lock and drops it. */
  publishesDraft?: { rowVersion?: number };
}

/**
 * Every write of a record, whatever route it comes from, in one order of phases, all inside the
 * caller's transaction:
 *
 *   access → rules' locks, then load and lock the row (in the actor's read scope) → row_version →
 *   rules (owner, workflow, the resource's own) → derive and stamp → write (+ rules' `written`) →
 *   audit → the after-commit event.
 *
 * A transition's version is checked by its workflow rule, which answers who-may-not before
 * stale-version (docs/api.md, Job moderation). Database errors become HTTP errors here, with the
 * resource's context. Returns the record as written (as deleted, for a delete).
 */
export function writeRecord(tx: WriteTx, model: ResourceModel, request: WriteRequest): Promise<Row> {
  return mappingErrors({ ...model.errors, operation: request.operation }, () => runPhases(tx, model, request));
}

async function runPhases(tx: WriteTx, model: ResourceModel, request: WriteRequest): Promise<Row> {
  const { operation, actor, id, transition } = request;
  const context: WriteContext = {
    tx,
    sql: tx.sql,
    model,
    operation,
    actor,
    id,
    input: request.input ?? {},
    transition,
    stamps: {},
    details: {},
    publishesDraft: request.publishesDraft,
  };

  // Access: may this actor write this resource at all (403)? Which rows may they reach (visibleRows)?
  const scoped = actor !== null && !request.accessChecked;
  if (scoped && !transition) mayWrite(model, actor);
  const scope = scoped ? visibleRows(model, actor) : undefined;

  // Load and lock: the rules' advisory locks first, then the row, so writers queue in one order.
  for (const rule of model.rules) await rule.lock?.(context);
  if (operation !== 'create') {
    if (id === undefined) throw new Error(`${operation} of ${model.name} without an id`);
    context.before = await loadRecord(tx.sql, model, id, scope, { lock: true });
  }

  // Locked, so the version compared stays the version overwritten: concurrent writers queue above.
  checkVersion(context);

  for (const rule of model.rules) await rule.check?.(context);

  const values = operation === 'delete' ? undefined : await deriveAndStamp(context);
  const written = await persist(context, values);
  for (const rule of model.rules) await rule.written?.(context);

  const changes = { ...changesBetween(model, context.before, context.after), ...writeOnlyMarks(model, context.input), ...context.details };
  await writeAudit(tx.sql, model, actor, { recordId: context.id!, action: operation, changes });

  tx.emit({
    resource: model.name,
    operation,
    id: context.id!,
    before: context.before,
    after: context.after,
    transition: transition?.action,
    actorId: actor?.id ?? null,
  });
  return written;
}

function checkVersion({ model, operation, input, before, transition }: WriteContext): void {
  if (operation !== 'update' || transition || input.row_version === undefined || before!.row_version === input.row_version) return;
  throw staleVersion(`This ${model.name} record`, input.row_version, before!.row_version as number);
}

/**
 * The 409 of a stale row_version, for a record or its draft: the field error react-admin keeps on the
 * form, and the current version the conflict dialog reloads to.
 */
export function staleVersion(subject: string, sent: unknown, current: number, then = 'apply your changes again'): HttpError {
  return new HttpError(
    409,
    `${subject} was changed by someone else since you loaded it (your row_version ${String(sent)}, now ${current}). Reload it and ${then}.`,
    { row_version: 'Changed since you loaded the record.' },
    { row_version: current },
  );
}

/** Write-only fields (a password) are recorded as set, never with their value. */
function writeOnlyMarks(model: ResourceModel, input: Row) {
  return Object.fromEntries(
    Object.keys(model.options.writeOnly ?? {})
      .filter((key) => key in input)
      .map((key) => [key, { new: '(set)' }]),
  );
}
