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
  let savepoints = 0;
  const result = await transaction(db, (sql) => {
    const tx: WriteTx = {
      sql,
      emit: (event) => events.push(event),
      async savepoint(step) {
        const name = `write_${++savepoints}`;
        const emitted = events.length;
        await sql.query(`SAVEPOINT ${name}`);
        try {
          const value = await step();
          await sql.query(`RELEASE SAVEPOINT ${name}`);
          return value;
        } catch (error) {
          await sql.query(`ROLLBACK TO SAVEPOINT ${name}`);
          events.length = emitted;
          throw error;
        }
      },
    };
    return work(tx);
  });
  hooks.publish(events);
  return result;
}
