import type { ObjectLiteral } from 'typeorm';
import type { z } from 'zod';
import { admits, type Actor } from '../auth/permissions.js';
import type { Sql } from '../db/sql.js';
import type { RoleSlug } from '../domain/enums.js';
import type { AvailableAction } from '../domain/workflowResponses.js';
import { HttpError } from '../http/errors.js';

type EntityClass = new () => ObjectLiteral;

/*
 * A workflow as data: states, and per action the source states, the target, who may take it
 * (role holders, the record's owner, the system), from whom a reason is required, columns set
 * with the new state and side effects. This module decides (pure: 403/409/422 and what a caller
 * may do now); a resource declares its machine (`workflow`), and the write pipeline takes the steps
 * (server/crud/write/). Jobs are the first user (server/jobBoard/workflow.ts); sponsorships can
 * declare theirs the same way over their own tables.
 */

export type Row = Record<string, unknown>;

/**
 * In which capacity someone takes an action: holding a role (superusers hold every role),
 * as the record's owner (its creator), or as the system itself (a scheduled sweep, no person).
 */
export type Party = 'role' | 'owner' | 'system';

/** A write of another record that a step makes (approval creating a contract), through the write pipeline. */
export interface StepWrite {
  operation: 'create' | 'update' | 'delete';
  id?: number;
  input?: Row;
  transition?: TransitionRequest;
  /** Written by the system (no person), as a step only the system may take needs: the contract's execution finalizing its sponsorship. */
  asSystem?: boolean;
}

/** One step that happened, as side effects see it. */
export interface Step {
  action: string;
  from: string;
  to: string;
  reason: string | null;
  /** Null for the system. */
  actor: Actor | null;
  before: Row;
  after: Row;
  /** The action's parameters, as sent (validated) and as prepared by the server. */
  params: Row;
  /** Writes a record of another resource in the step's transaction, audited and announced like any write, by the step's actor. */
  write(entity: EntityClass, request: StepWrite): Promise<Row>;
}

/** Runs after the state changed, on the same transaction: it commits with the step or not at all. */
export type Effect = (sql: Sql, step: Step) => Promise<void>;

/** What an action's `prepare` may use: who acts, and the media library (a rendered contract goes there). */
export interface PrepareServices {
  actor: Actor;
  /** Reads outside any transaction (the step has not begun). */
  sql: Sql;
  /** Takes a finished file into the media library (typed by its bytes, stored by its hash) and returns its media id; the file is removed. */
  storeFile(file: { path: string; fileName: string; use: 'image' | 'document' }): Promise<number>;
}

export interface ActionSpec<S extends string> {
  from: readonly S[];
  to: S;
  /** Holders of these roles may take it (superusers always may, when any role may). */
  roles?: readonly RoleSlug[];
  /** The record's owner may take it. */
  owner?: boolean;
  /** The system may take it, with no person acting (e.g. the expiry sweep). */
  system?: boolean;
  /** The parties who must give a reason; anyone else may give one. */
  reasonRequired?: readonly Party[];
  /** Fields a caller sends with this action besides row_version and reason (an approval's dates), checked by the router. */
  params?: z.ZodObject;
  /**
   * Makes values the step needs before its transaction begins (a contract's rendered PDF, stored as
   * media); they join the params. Runs only once the caller may take the action from the record's state.
   */
  prepare?: (record: Row, services: PrepareServices) => Promise<Row>;
  /**
   * Columns written in the same UPDATE as the state (a CHECK may tie them to it, e.g. approved ⇒ expires),
   * from the record and the params. May refuse the step with an HttpError (422 for missing terms).
   */
  set?: (before: Row, params: Row, sql: Sql) => Row | Promise<Row>;
  effects?: readonly Effect[];
}

export interface MachineSpec<S extends string, A extends string> {
  states: readonly S[];
  /** Where new records start; the state column's default must be the same (checked at boot). */
  initial: S;
  actions: Record<A, ActionSpec<S>>;
  /** Where each step is recorded: a table with (<subjectColumn>, action, from_status, to_status, reason, actor_id). */
  history: { entity: EntityClass; subjectColumn: string };
  /** Review comments on a record, shown in its history: a resource with (<subjectColumn>, comment, comment_markup_type). */
  comments?: { entity: EntityClass; subjectColumn: string };
}

export interface Machine<S extends string = string, A extends string = string> extends MachineSpec<S, A> {
  actionNames: readonly A[];
}

/** A machine bound to the resource it runs on: what its messages call a record, and where the state lives. */
export interface BoundMachine {
  machine: Machine;
  noun: string;
  stateColumn: string;
}

/** Checks a declaration once, at boot: every state named exists, every action has someone who may take it. */
export function defineMachine<S extends string, A extends string>(spec: MachineSpec<S, A>): Machine<S, A> {
  const actionNames = Object.keys(spec.actions) as A[];
  for (const name of actionNames) {
    const action: ActionSpec<S> = spec.actions[name];
    for (const state of [...action.from, action.to]) {
      if (!spec.states.includes(state)) throw new Error(`workflow: ${name} names the unknown state "${state}"`);
    }
    const parties = partiesOf(action);
    if (!parties.length) throw new Error(`workflow: nobody may ${name}`);
    const stray = (action.reasonRequired ?? []).find((p) => !parties.includes(p));
    if (stray) throw new Error(`workflow: ${name} requires a reason from "${stray}", who may not take it`);
  }
  if (!spec.states.includes(spec.initial)) throw new Error(`workflow: the initial state "${spec.initial}" is not a state`);
  return { ...spec, actionNames };
}

const partiesOf = (action: ActionSpec<string>): Party[] =>
  [action.roles?.length && 'role', action.owner && 'owner', action.system && 'system'].filter((p): p is Party => Boolean(p));

/** Who is asking: a person (or null for the system) and whether they own the record. */
export interface Caller {
  actor: Actor | null;
  owns: boolean;
}

/** The capacities in which this caller may take the action; empty when they may not. */
export function capacities(action: ActionSpec<string>, caller: Caller): Party[] {
  if (!caller.actor) return action.system ? ['system'] : [];
  const held: Party[] = [];
  if (action.roles?.length && admits(caller.actor, action.roles)) held.push('role');
  if (action.owner && caller.owns) held.push('owner');
  return held;
}

/** A reason is required only if every capacity the caller acts in requires one: a moderator removing their own draft need not explain. */
export const reasonRequired = (action: ActionSpec<string>, held: readonly Party[]) =>
  held.length > 0 && held.every((party) => action.reasonRequired?.includes(party));

/** The actions this caller may take from this state now. */
export function availableActions(machine: Machine, state: string, caller: Caller): AvailableAction[] {
  return machine.actionNames.flatMap((name) => {
    const action = machine.actions[name];
    const held = capacities(action, caller);
    if (!held.length || !action.from.includes(state)) return [];
    return [{ action: name, to: action.to, reason_required: reasonRequired(action, held) }];
  });
}

function who(noun: string, action: ActionSpec<string>): string {
  const names = [
    ...(action.roles ?? []).map((role) => `${role.replace(/_/g, ' ')}s`),
    ...(action.owner ? [`the ${noun}'s creator`] : []),
    ...(action.system ? ['the system'] : []),
  ];
  return names.length > 1 ? `${names.slice(0, -1).join(', ')} and ${names.at(-1)}` : names[0];
}

/** The action, and the capacities in which the caller may take it: 404 for no such action, 403 when they may never. */
export function mayTake(bound: BoundMachine, name: string, caller: Caller): { action: ActionSpec<string>; held: Party[] } {
  const { machine, noun } = bound;
  const action = Object.hasOwn(machine.actions, name) ? machine.actions[name] : undefined;
  if (!action) throw new HttpError(404, `There is no ${noun} action "${name}".`);
  const held = capacities(action, caller);
  if (!held.length) throw new HttpError(403, `Only ${who(noun, action)} may ${name} a ${noun}.`);
  return { action, held };
}

export interface TransitionRequest {
  action: string;
  reason?: string | null;
  /** Required of people, so a decision taken on a stale screen is refused; the system omits it. */
  rowVersion?: number;
  /** The action's own fields (its `params`), validated, and what its `prepare` made. */
  params?: Row;
}

/**
 * Whether the caller may take the action on the record now, in the order a client can act on:
 * 403 they may never, 409 the record moved on (stale version or wrong state), 422 a reason is missing.
 * Returns the action and the reason to record.
 */
export function decide(
  bound: BoundMachine,
  record: Row,
  caller: Caller,
  request: TransitionRequest,
): { action: ActionSpec<string>; reason: string | null } {
  const { noun, stateColumn } = bound;
  const { action, held } = mayTake(bound, request.action, caller);
  if (caller.actor && request.rowVersion === undefined) {
    throw new HttpError(422, 'Send the row_version you loaded.', { row_version: 'Required.' });
  }
  if (request.rowVersion !== undefined && request.rowVersion !== record.row_version) {
    throw new HttpError(
      409,
      `This ${noun} was changed by someone else since you loaded it (your row_version ${request.rowVersion}, now ${record.row_version}). Reload it and decide again.`,
      { row_version: 'Changed since you loaded the record.' },
      { row_version: record.row_version, [stateColumn]: record[stateColumn] },
    );
  }
  const state = String(record[stateColumn]);
  if (!action.from.includes(state)) {
    throw new HttpError(
      409,
      `Cannot ${request.action} a ${noun} that is ${state}: ${request.action} applies to ${action.from.join(', ')} only.`,
      undefined,
      { row_version: record.row_version, [stateColumn]: state },
    );
  }
  const reason = request.reason?.trim() || null;
  if (!reason && reasonRequired(action, held)) {
    throw new HttpError(422, `Give a reason to ${request.action} this ${noun}.`, {
      reason: `A reason is required to ${request.action} a ${noun}.`,
    });
  }
  return { action, reason };
}
