import type { WriteRule } from '../types.js';
import { forgetRecord, keepDraftAhead, lockDraft } from './store.js';

/**
 * The drafts rule of a versioned resource, the first of its rules: every write of a record takes the
 * record's draft lock before any other (so it queues with draft saves and publishes in one order),
 * keeps a pending draft's row_version above the record's, and a deleted record's draft and pending
 * schedule go with it.
 */
export function draftRule(resource: string): WriteRule {
  return {
    name: 'drafts',
    async lock({ sql, operation, id }) {
      if (operation !== 'create') await lockDraft(sql, resource, id!);
    },
    async written({ sql, operation, id, after }) {
      if (operation === 'update') await keepDraftAhead(sql, resource, id!, after!.row_version as number);
      if (operation === 'delete') await forgetRecord(sql, resource, id!);
    },
    // Bulk writes (the release import) write children, never a versioned record itself.
    checkMany: () => {},
  };
}
