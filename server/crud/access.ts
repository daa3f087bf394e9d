import { canWrite, readLevel, type Actor } from '../auth/permissions.js';
import { HttpError } from '../http/errors.js';
import type { ResourceModel, Row, RowScope } from './types.js';

/** The column naming a record's owner: the user who created it (ContentManageable). */
export const OWNER_COLUMN = 'creator_id';

/** Whether the actor owns the record; the system (null) owns nothing. */
export const owns = (record: Row, actor: Actor | null) => actor !== null && record[OWNER_COLUMN] === actor.id;

/**
 * The one answer to "which rows of this resource may this actor see": every route that reads or writes
 * a record (list, get, update, delete, transitions, history, comments, a release's checklist…) ANDs it
 * into its query, so a hidden row and a missing row are the same 404. Undefined: every row. A 403 for
 * whoever may read no row at all.
 *
 * Owners who do not read the resource in full see their own records (creator_id); a resource's `scope`
 * narrows further (audit entries of the resources the actor reads).
 */
export function visibleRows(model: ResourceModel, actor: Actor): RowScope | undefined {
  const access = model.options.access;
  const level = readLevel(actor, access);
  if (level === 'none') {
    if (!access?.owner) throw new HttpError(403, `Your roles do not allow reading ${model.name}.`);
    return { column: OWNER_COLUMN, values: [actor.id] };
  }
  return model.options.scope?.(actor, model.readableBy(actor));
}

/** The fields of each visible row this actor may read; undefined: all of them. */
export function visibleFields(model: ResourceModel, actor: Actor): readonly string[] | undefined {
  const access = model.options.access;
  return readLevel(actor, access) === 'limited' ? access!.limitedRead!.fields : undefined;
}

/** A record its reader may see but, not being a writer, may change only if it is theirs. */
export const onlyOwnRecords = (model: ResourceModel) =>
  new HttpError(403, `Your roles do not allow changing ${model.name}: only records you created.`);

/** A missing record, and a record hidden from this actor: one body for both. */
export const noSuchRecord = (model: ResourceModel, id: number) => new HttpError(404, `No ${model.name} record with id ${id}.`);

/** Whether the actor may write the resource at all: writers fully, owners within the owner rule; a 403 otherwise. */
export function mayWrite(model: ResourceModel, actor: Actor): void {
  if (!canWrite(actor, model.options.access) && !model.options.access?.owner) {
    throw new HttpError(403, `Your roles do not allow changing ${model.name}.`);
  }
}

/** Fields an actor may send but not set: owners' read-only fields (featuring a job is the moderators' call). */
export function ownerIgnored(model: ResourceModel, actor: Actor): readonly string[] {
  const owner = model.options.access?.owner;
  return owner && !canWrite(actor, model.options.access) ? (owner.readOnly ?? []) : [];
}
