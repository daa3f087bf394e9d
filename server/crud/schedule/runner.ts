import { HttpError } from '../../http/errors.js';
import { logger } from '../../logger.js';
import { publishRecord, unpublishRecord } from '../drafts/operations.js';
import type { Registry } from '../registry.js';
import type { CommitEvent } from '../types.js';

interface Due {
  id: number;
  resource: string;
  record_id: number;
  action: 'publish' | 'unpublish';
  author: string | null;
}

// One due entry, locked: a second instance running the task skips it rather than wait or apply it again.
const NEXT_DUE = `
  SELECT s.id, s.resource, s.record_id, s.action, u.username AS author
    FROM scheduled_publications s LEFT JOIN users u ON u.id = s.author_id
   WHERE s.status = 'pending' AND s.run_at <= now()
   ORDER BY s.run_at, s.id LIMIT 1 FOR UPDATE OF s SKIP LOCKED`;
const FINISH = `UPDATE scheduled_publications SET status = $2, reason = $3, finished = now() WHERE id = $1`;

/** The entry's own event (webhooks announce schedule.published, .unpublished, .failed): what it was for, and how it went. */
const scheduleEvent = (due: Due, outcome: string, reason?: string): CommitEvent => ({
  resource: 'scheduled-publications',
  operation: 'update',
  id: due.id,
  after: { resource: due.resource, record_id: due.record_id, action: due.action, status: outcome === 'failed' ? 'failed' : 'done', reason },
  transition: outcome,
  actorId: null,
});

/** What a refusal says, fields included: the reason a failed entry keeps. */
const reasonOf = (error: HttpError) =>
  [error.message, ...Object.entries(error.errors ?? {}).map(([field, message]) => `${field}: ${message}`)].join(' ');

/**
 * Applies every due publish and unpublish, each in its own transaction with the entry marked done,
 * so it happens exactly once: the entry's row lock keeps other instances off it, and marking it
 * commits with the change. An entry a check refuses (the release checklist, a taken path, a draft
 * no longer valid) is marked failed with the reason, and the record stays as it was.
 */
export async function runDuePublications(registry: Registry): Promise<{ published: number; unpublished: number; failed: number }> {
  const counts = { published: 0, unpublished: 0, failed: 0 };
  for (;;) {
    const outcome = await registry.write(async (tx) => {
      const [due] = await tx.sql.query<Due>(NEXT_DUE);
      if (!due) return undefined;
      const mounted = registry.byName.get(due.resource);
      const comment = `Scheduled ${due.action}${due.author ? `, set by ${due.author}` : ''}.`;
      try {
        if (!mounted) throw new HttpError(409, `The resource ${due.resource} no longer exists.`);
        await tx.savepoint(() =>
          due.action === 'publish'
            ? publishRecord(tx, mounted, due.record_id, { actor: null, comment })
            : unpublishRecord(tx, mounted.model, due.record_id, comment),
        );
        await tx.sql.query(FINISH, [due.id, 'done', null]);
        tx.emit(scheduleEvent(due, due.action));
        return due.action === 'publish' ? 'published' : 'unpublished';
      } catch (error) {
        if (!(error instanceof HttpError)) throw error;
        logger.warn({ entry: due.id, resource: due.resource, id: due.record_id }, `scheduled ${due.action} refused: ${error.message}`);
        await tx.sql.query(FINISH, [due.id, 'failed', reasonOf(error)]);
        tx.emit(scheduleEvent(due, 'failed', reasonOf(error)));
        return 'failed';
      }
    });
    if (!outcome) return counts;
    counts[outcome]++;
  }
}
