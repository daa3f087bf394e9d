import { logger } from '../../logger.js';
import type { CommitEvent } from '../types.js';

export type CommitListener = (event: CommitEvent) => void | Promise<void>;

/**
 * The in-process hook list later features subscribe to (versions, webhooks, cache purges). Each
 * committed write is published once, after its transaction committed; a rolled-back write never is.
 * A listener's failure is logged and touches neither the write nor the other listeners.
 */
export class AfterCommitHooks {
  private readonly listeners = new Set<CommitListener>();

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
