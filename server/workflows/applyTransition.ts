import type { Actor } from '../auth/permissions.js';
import { changedFields, writeAudit } from '../crud/audit.js';
import { ident, type Sql } from '../db/sql.js';
import { HttpError } from '../http/errors.js';
import { decide, type Machine, type Row, type Step, type TransitionRequest } from './machine.js';

/** The row without the columns the machine keeps to itself (never returned nor audited). */
function visible(machine: Machine, row: Row): Row {
  const copy = { ...row };
  for (const column of machine.hidden ?? []) delete copy[column];
  return copy;
}

/** Field-by-field differences, plus the action and reason: the audit log tells a transition from an edit. */
function auditChanges(before: Row, after: Row, step: { action: string; reason: string | null }) {
  const changes = changedFields(Object.keys(after).filter((key) => key !== 'row_version' && key !== 'updated'), before, after);
  changes.transition = { new: step.action };
  if (step.reason) changes.reason = { new: step.reason };
  return changes;
}

/**
 * Takes one step on the caller's transaction: locks the record (concurrent steps queue here, so
 * the state and version checked are the ones changed), checks it, writes the new state, the
 * history row and the audit entry, then runs the side effects. Returns the updated row.
 */
export async function applyTransition(sql: Sql, machine: Machine, id: number, actor: Actor | null, request: TransitionRequest): Promise<Row> {
  const table = ident(machine.table);
  const [locked] = await sql.query<Row>(`SELECT * FROM ${table} WHERE "id" = $1 FOR UPDATE`, [id]);
  if (!locked) throw new HttpError(404, `No ${machine.noun} with id ${id}.`);
  const before = visible(machine, locked);
  const caller = { actor, owns: actor !== null && before[machine.ownerColumn] === actor.id };
  const { action, reason } = decide(machine, before, caller, request);
  const values: Row = { ...action.set?.(before), [machine.stateColumn]: action.to };
  const names = Object.keys(values);
  const set = names.map((name, i) => `${ident(name)} = $${i + 2}`).join(', ');
  const [updated] = await sql.query<Row>(`UPDATE ${table} SET ${set} WHERE "id" = $1 RETURNING *`, [id, ...Object.values(values)]);
  const after = visible(machine, updated);
  const from = String(before[machine.stateColumn]);
  await sql.query(
    `INSERT INTO ${ident(machine.history.table)} (${ident(machine.history.subjectColumn)}, "action", "from_status", "to_status", "reason", "actor_id") VALUES ($1, $2, $3, $4, $5, $6)`,
    [id, request.action, from, action.to, reason, actor?.id ?? null],
  );
  await writeAudit(sql, {
    actorId: actor?.id ?? null, tokenId: actor?.tokenId ?? null, resource: machine.auditResource, recordId: id, action: 'update',
    changes: auditChanges(before, after, { action: request.action, reason }),
  });
  const step: Step = { action: request.action, from, to: action.to, reason, actor, before, after };
  for (const effect of action.effects ?? []) await effect(sql, step);
  return after;
}
