/**
 * What a workflow's endpoints answer (docs/api.md, "Job moderation"): the actions the caller may take now
 * (`GET /api/jobs/{id}/transitions`) and the record's history of transitions and review comments
 * (`GET /api/jobs/{id}/history`). The server's zod schemas in server/workflows/wire.ts are typed by these.
 * Types only, shared by the server and the admin. `A` narrows the action names to one workflow's
 * (the admin's jobs use JobAction); it defaults to any string, as the generic machine sends.
 */

/** One action the caller may take from the record's state now. */
export interface AvailableAction<A extends string = string> {
  action: A;
  to: string;
  reason_required: boolean;
}

interface HistoryEntryBase {
  id: number;
  /** When it happened, as JSON carries an instant (ISO 8601). */
  created: string;
  /** Null for the system (e.g. the expiry sweep) or a deleted user. */
  actor_id: number | null;
  actor_username: string | null;
}

/** A step of the workflow: who moved the record from which state to which, and why. */
export interface TransitionEntry<A extends string = string> extends HistoryEntryBase {
  kind: 'transition';
  action: A;
  from_status: string;
  to_status: string;
  reason: string | null;
}

/** A review comment left on the record. */
export interface CommentEntry extends HistoryEntryBase {
  kind: 'comment';
  comment: string;
  comment_markup_type: string;
}

/** Transitions and review comments in one list, oldest first. */
export type HistoryEntry<A extends string = string> = TransitionEntry<A> | CommentEntry;
