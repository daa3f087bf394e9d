import type { Sql } from '../../db/sql.js';
import { logger } from '../../logger.js';
import type { CommitEvent } from '../types.js';

export type CommitListener = (event: CommitEvent) => void | Promise<void>;
/** Runs inside the write's transaction, after its work, with every event it made: what it writes commits or rolls back with them. */
export type CommittingListener = (sql: Sql, events: readonly CommitEvent[]) => Promise<void>;

/**
 * The in-process hook list later features subscribe to (versions, webhooks, cache purges). Each
 * committed write is published once, after its transaction committed; a rolled-back write never is.
 * A listener's failure is logged and touches neither the write nor the other listeners.
 */
export class AfterCommitHooks {
  private readonly listeners = new Set<CommitListener>();
  private readonly inTransaction = new Set<CommittingListener>();

  /**
   * Adds a listener that runs in the transaction, just before it commits (webhook deliveries are
   * written there, so they exist exactly when the change does). Its failure rolls the write back.
   */
  subscribeCommitting(listener: CommittingListener): () => void {
    this.inTransaction.add(listener);
    return () => this.inTransaction.delete(listener);
  }

  /** Runs the in-transaction listeners on a write's events (none: nothing to do). */
  async committing(sql: Sql, events: readonly CommitEvent[]): Promise<void> {
    if (!events.length) return;
    for (const listener of this.inTransaction) await listener(sql, events);
  }

  /** Adds a listener; returns what removes it. */
  subscribe(listener: CommitListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  publish(events: readonly CommitEvent[]): void {
    for (const event of events) {
      for (const listener of this.listeners) {
        const failed = (err: unknown) => logger.error({ err, resource: event.resource, id: event.id }, 'an after-commit listener failed');
        try {
          Promise.resolve(listener(event)).catch(failed);
        } catch (error) {
          failed(error);
        }
      }
    }
  }
}
