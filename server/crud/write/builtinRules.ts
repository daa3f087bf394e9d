import { canWrite, readLevel } from '../../auth/permissions.js';
import { ident } from '../../db/sql.js';
import { HttpError } from '../../http/errors.js';
import { noSuchRecord, onlyOwnRecords, owns } from '../access.js';
import { decide, type ActionSpec, type Step } from '../../workflows/machine.js';
import type { ResourceModel, WriteContext, WriteRule } from '../types.js';
import { writeRecord } from './pipeline.js';

/** Whether this write is an owner's rather than a writer's: the owner rule applies to it. */
const asOwner = ({ model, actor, transition }: WriteContext) => actor !== null && !transition && !canWrite(actor, model.options.access);

/**
 * Owners who are not writers act on their own records only (creator_id), and change them only while
 * editable; the records of others are 404 to whoever cannot read them (the read scope already hides
 * them) and 403 to readers. Transitions leave ownership to the workflow, which knows who may do what.
 */
export function ownerRule(model: ResourceModel): WriteRule | undefined {
  const rule = model.options.access?.owner;
  if (!rule) return undefined;
  return {
    name: 'owner',
    check(context) {
      if (!asOwner(context)) return;
      const { actor, before, operation } = context;
      if (!before) {
        for (const column of rule.stamp ?? []) context.stamps[column] = actor!.id;
        return;
      }
      if (!owns(before, actor)) {
        if (readLevel(actor!, model.options.access) === 'none') throw noSuchRecord(model, before.id as number);
        throw onlyOwnRecords(model);
      }
      if (operation === 'delete') {
        const through = model.workflow ? `; withdraw your own through ${model.workflow.endpoints}` : '';
        throw new HttpError(403, `Your roles do not allow deleting ${model.name}${through}.`);
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
    },
  };
}

/**
 * A workflow's state changes only through its transitions: a create may name the initial state, an
 * update may repeat the current one. A transition is decided here (who, version, state, reason), and
 * once written leaves its history row and runs its effects, in the same transaction.
 */
export function workflowRule(model: ResourceModel): WriteRule | undefined {
  const workflow = model.workflow;
  if (!workflow) return undefined;
  const { machine, stateColumn: field, endpoints } = workflow;
  const history = model.metadata.connection.getMetadata(machine.history.entity).tableName;
  const decided = new WeakMap<WriteContext, { spec: ActionSpec<string>; reason: string | null }>();
  return {
    name: 'workflow',
    async check(context) {
      const { operation, input, before, transition, actor } = context;
      if (operation === 'delete') return;
      if (transition) {
        const caller = { actor, owns: owns(before!, actor) };
        const step = decide(workflow, before!, caller, transition);
        decided.set(context, { spec: step.action, reason: step.reason });
        const set = await step.action.set?.(before!, transition.params ?? {}, context.sql);
        Object.assign(context.stamps, set, { [field]: step.action.to });
        context.details.transition = { new: transition.action };
        if (step.reason) context.details.reason = { new: step.reason };
        return;
      }
      const allowed = before ? before[field] : machine.initial;
      if (field in input && input[field] !== allowed) {
        const message = before
          ? `The ${field} of ${model.name} changes only through its transitions: ${endpoints}.`
          : `New ${model.name} records start as ${machine.initial}; move them on through their transitions: ${endpoints}.`;
        throw new HttpError(422, message, { [field]: message });
      }
      if (!before) context.stamps[field] = machine.initial;
    },
    async written(context) {
      const step = decided.get(context);
      if (!step) return;
      const { sql, id, actor, before, after, transition } = context;
      const from = String(before![field]);
      await sql.query(
        `INSERT INTO ${ident(history)} (${ident(machine.history.subjectColumn)}, "action", "from_status", "to_status", "reason", "actor_id") VALUES ($1, $2, $3, $4, $5, $6)`,
        [id, transition!.action, from, step.spec.to, step.reason, actor?.id ?? null],
      );
      const done: Step = {
        action: transition!.action,
        from,
        to: step.spec.to,
        reason: step.reason,
        actor,
        before: before!,
        after: after!,
        params: transition!.params ?? {},
        // Access was the workflow's to decide; the other record's own rules and audit still run.
        write: (entity, { asSystem, ...request }) =>
          writeRecord(context.tx, model.modelOf(entity), { ...request, actor: asSystem ? null : actor, accessChecked: true }),
      };
      for (const effect of step.spec.effects ?? []) await effect(sql, done);
    },
  };
}
