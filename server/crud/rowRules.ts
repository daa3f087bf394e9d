import { canWrite, readLevel, type Actor } from '../auth/permissions.js';
import { HttpError } from '../http/errors.js';
import type { ResourceModel } from './model.js';

type Row = Record<string, unknown>;

/** What one writer may do to one record, beyond the resource's schema: decided per request, checked on the locked row. */
export interface WritePolicy {
  /** Fields this writer may not set: ignored in the body, like read-only fields. */
  ignored?: ReadonlySet<string>;
  /** Columns the server sets on create. */
  stamp?: Row;
  /** Runs on the locked row (undefined on create) before anything is written; throws HttpError. */
  check?: (before: Row | undefined, input: Row) => void;
}

export type WriteOperation = 'create' | 'update' | 'delete';

const missing = (model: ResourceModel, id: unknown) => new HttpError(404, `No ${model.name} record with id ${id}.`);

/** The rows an actor sees, when not all: owners who do not read the resource in full see their own only. */
export function ownRowsOnly(model: ResourceModel, actor: Actor): { field: string; values: unknown[] } | undefined {
  const access = model.options.access;
  if (!access?.owner || readLevel(actor, access) !== 'none') return undefined;
  return { field: 'creator_id', values: [actor.id] };
}

/** Whether the actor may read the resource at all: fully, limited, or (with owner rules) their own rows. */
export const mayReadSome = (model: ResourceModel, actor: Actor) => readLevel(actor, model.options.access) !== 'none' || Boolean(model.options.access?.owner);

/** A workflow field is set only by its transitions; a create may name the initial state, an update may repeat the current one. */
function workflowCheck(model: ResourceModel): WritePolicy['check'] {
  const workflow = model.options.workflow;
  if (!workflow) return undefined;
  const { field, initial, endpoints } = workflow;
  return (before, input) => {
    if (!(field in input)) return;
    const allowed = before ? before[field] : initial;
    if (input[field] === allowed) return;
    const message = before
      ? `The ${field} of ${model.name} changes only through its transitions: ${endpoints}.`
      : `New ${model.name} records start as ${initial}; move them on through their transitions: ${endpoints}.`;
    throw new HttpError(422, message, { [field]: message });
  };
}

/** Owners act on their own records only, and change them only while editable; others' records are 404 to whoever cannot read them. */
function ownerCheck(model: ResourceModel, actor: Actor, operation: WriteOperation): WritePolicy['check'] {
  const rule = model.options.access!.owner!;
  return (before) => {
    if (!before) return;
    if (before.creator_id !== actor.id) {
      if (readLevel(actor, model.options.access) === 'none') throw missing(model, before.id);
      throw new HttpError(403, `Your roles do not allow changing ${model.name}: only records you created.`);
    }
    if (operation === 'delete') {
      const workflow = model.options.workflow;
      throw new HttpError(403, `Your roles do not allow deleting ${model.name}${workflow ? `; withdraw your own through ${workflow.endpoints}` : ''}.`);
    }
    const editable = rule.editableWhile;
    if (editable && !editable.values.includes(before[editable.field] as string)) {
      throw new HttpError(
        409,
        `You can change your ${model.name} record only while its ${editable.field} is ${editable.values.join(' or ')}; it is ${before[editable.field]} now.`,
        undefined,
        { [editable.field]: before[editable.field] },
      );
    }
  };
}

/** Who writes how: writers fully, owners within the owner rule, everyone else not at all (403). */
export function writePolicy(model: ResourceModel, actor: Actor, operation: WriteOperation): WritePolicy {
  const full = canWrite(actor, model.options.access);
  const owner = model.options.access?.owner;
  if (!full && !owner) throw new HttpError(403, `Your roles do not allow changing ${model.name}.`);
  const checks = [operation !== 'delete' && workflowCheck(model), !full && ownerCheck(model, actor, operation)].filter(
    (c): c is NonNullable<WritePolicy['check']> => Boolean(c),
  );
  const workflow = model.options.workflow;
  return {
    ignored: full ? undefined : new Set(owner!.readOnly ?? []),
    stamp: operation === 'create'
      ? { ...(workflow ? { [workflow.field]: workflow.initial } : {}), ...(full ? {} : Object.fromEntries((owner!.stamp ?? []).map((c) => [c, actor.id]))) }
      : undefined,
    check: (before, input) => checks.forEach((check) => check(before, input)),
  };
}
