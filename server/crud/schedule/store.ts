import type { Actor } from '../../auth/permissions.js';
import { HttpError } from '../../http/errors.js';
import type { ResourceModel, WriteTx } from '../types.js';

export interface ScheduleInput {
  publish_at?: string | null;
  unpublish_at?: string | null;
}

export interface Schedule {
  publish_at: Date | null;
  unpublish_at: Date | null;
}

const PENDING = `SELECT
  (SELECT run_at FROM scheduled_publications WHERE resource = $1 AND record_id = $2 AND action = 'publish' AND status = 'pending') AS publish_at,
  (SELECT run_at FROM scheduled_publications WHERE resource = $1 AND record_id = $2 AND action = 'unpublish' AND status = 'pending') AS unpublish_at`;

/**
 * Sets or clears a record's pending publish and unpublish. An entry the scheduler is applying is
 * locked: this waits for it, then finds it done and sets a new one. Instants must be in the future;
 * an unpublish needs a published state, and must come after a publish set with it.
 */
export async function setSchedule(tx: WriteTx, model: ResourceModel, id: number, input: ScheduleInput, actor: Actor): Promise<Schedule> {
  const errors: Record<string, string> = {};
  const [{ now }] = await tx.sql.query<{ now: Date }>(`SELECT now() AS now`);
  for (const field of ['publish_at', 'unpublish_at'] as const) {
    const value = input[field];
    if (value && new Date(value) <= now) errors[field] = 'Must be in the future.';
  }
  if (input.unpublish_at && !model.options.versions?.publishColumn) {
    errors.unpublish_at = `A ${model.noun} has no published state to clear.`;
  }
  if (input.publish_at && input.unpublish_at && new Date(input.unpublish_at) <= new Date(input.publish_at)) {
    errors.unpublish_at ??= 'Must be after publish_at.';
  }
  if (Object.keys(errors).length) throw new HttpError(422, `Please correct ${Object.keys(errors).join(' and ')}.`, errors);
  for (const [field, action] of [
    ['publish_at', 'publish'],
    ['unpublish_at', 'unpublish'],
  ] as const) {
    const value = input[field];
    if (value === undefined) continue;
    if (value === null) {
      await tx.sql.query(
        `DELETE FROM scheduled_publications WHERE resource = $1 AND record_id = $2 AND action = $3 AND status = 'pending'`,
        [model.name, id, action],
      );
    } else {
      await tx.sql.query(
        `INSERT INTO scheduled_publications (resource, record_id, action, run_at, author_id) VALUES ($1, $2, $3, $4, $5)
         ON CONFLICT (resource, record_id, action) WHERE status = 'pending' DO UPDATE SET run_at = EXCLUDED.run_at, author_id = EXCLUDED.author_id`,
        [model.name, id, action, value, actor.id],
      );
    }
  }
  const [schedule] = await tx.sql.query<Schedule>(PENDING, [model.name, id]);
  return schedule;
}
