import type { DataSource } from 'typeorm';
import { transaction } from '../../db/sql.js';
import type { CommitEvent, WriteTx } from '../types.js';
import type { AfterCommitHooks } from './afterCommit.js';

/**
 * Runs `work` in one transaction whose writes publish their events to `hooks` once it has committed,
 * and never when it rolls back.
 */
export async function writeTransaction<T>(db: DataSource, hooks: AfterCommitHooks, work: (tx: WriteTx) => Promise<T>): Promise<T> {
  const events: CommitEvent[] = [];
  // Work deferred to the end of the transaction, once per key however many writes asked for it.
  const last = new Map<string, () => Promise<void>>();
  let savepoints = 0;
  const result = await transaction(db, async (sql) => {
    const tx: WriteTx = {
      sql,
      emit: (event) => events.push(event),
      beforeCommit: (key, step) => void (last.has(key) || last.set(key, step)),
      async savepoint(step) {
        const name = `write_${++savepoints}`;
        const emitted = events.length;
        const deferred = new Set(last.keys());
        await sql.query(`SAVEPOINT ${name}`);
        try {
          const value = await step();
          await sql.query(`RELEASE SAVEPOINT ${name}`);
          return value;
        } catch (error) {
          await sql.query(`ROLLBACK TO SAVEPOINT ${name}`);
          events.length = emitted;
          for (const key of last.keys()) if (!deferred.has(key)) last.delete(key);
          throw error;
        }
      },
    };
    const value = await work(tx);
    for (const step of last.values()) await step();
    await hooks.committing(sql, events);
    return value;
  });
  hooks.publish(events);
  return result;
}
