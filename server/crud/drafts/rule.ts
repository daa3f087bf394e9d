import { HttpError } from '../../http/errors.js';
import type { WriteRule } from '../types.js';
import { staleVersion } from '../write/pipeline.js';
import { dropDraft, forgetRecord, keepDraftAhead, loadDraft, lockDraft } from './store.js';

/**
 * The drafts rule of a versioned resource, after the resource's own rules (so its lock comes after
 * theirs, the one order every writer keeps). Every write of a record takes the record's draft lock,
 * so it queues with draft saves and discards; a write that publishes the draft checks, under that
 * lock, that the draft is still the one the caller saw, and drops it; any other update keeps a
 * pending draft's row_version above the record's; a deleted record's draft and schedule go with it.
 */
export function draftRule(resource: string): WriteRule {
  return {
    name: 'drafts',
    async lock({ sql, operation, id }) {
      if (operation !== 'create') await lockDraft(sql, resource, id!);
    },
    async check({ sql, id, model, publishesDraft }) {
      if (!publishesDraft) return;
      const draft = await loadDraft(sql, resource, id!);
      if (!draft) throw new HttpError(409, `This ${model.noun}'s draft was published or discarded meanwhile. Reload it.`);
      const expected = publishesDraft.rowVersion;
      if (expected !== undefined && draft.row_version !== expected) {
        throw staleVersion(`This ${model.noun}'s draft`, expected, draft.row_version, 'publish again');
      }
    },
    async written({ sql, operation, id, after, publishesDraft }) {
      if (publishesDraft) await dropDraft(sql, resource, id!);
      else if (operation === 'update') await keepDraftAhead(sql, resource, id!, after!.row_version as number);
      if (operation === 'delete') await forgetRecord(sql, resource, id!);
    },
    // Bulk writes (the release import) write children, never a versioned record itself.
    checkMany: () => {},
  };
}
