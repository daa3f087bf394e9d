import type { DraftInfo } from './draftsApi';

/** Who saved the draft last, as a person reads it. */
export const draftAuthor = (draft: DraftInfo | null | undefined) =>
  draft?.author ?? (draft?.author_id == null ? 'someone' : `user #${draft.author_id}`);
