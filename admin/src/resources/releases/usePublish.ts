import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useNotify, useRefresh, useUpdate, type HttpError, type RaRecord } from 'react-admin';
import type { ChecklistItem } from '../../../../server/domain/releaseChecklist';
import { checklistKey } from './releaseChecklistApi';

/** Why the server did not publish: its sentence, and the checklist items it found missing. */
export interface Refusal {
  message: string;
  missing: ChecklistItem[];
}

/**
 * Publishing and unpublishing with the row_version on screen, through react-admin's update so the
 * edit form gets the new version (a later save is not a false conflict). A 409 listing what is
 * missing (the files changed since the checklist was loaded) is shown, not just toasted.
 */
export function usePublish(release: RaRecord | undefined) {
  const [update] = useUpdate();
  const notify = useNotify();
  const refresh = useRefresh();
  const queryClient = useQueryClient();
  const [busy, setBusy] = useState(false);
  const [refusal, setRefusal] = useState<Refusal | null>(null);

  const save = async (data: Record<string, unknown>, done: string): Promise<boolean> => {
    if (!release) return false;
    setBusy(true);
    setRefusal(null);
    try {
      await update(
        'releases',
        {
          id: release.id,
          data: { ...data, row_version: release.live_row_version ?? release.row_version },
          previousData: release,
          // The edit screen's cache entry (RecordEdit's meta), so the panel shows the answer at once.
          meta: { draft: true },
        },
        { mutationMode: 'pessimistic', returnPromise: true },
      );
      // The form showed the draft (drafts/withDrafts.ts); the answer is the live release: read the draft again.
      if (release.has_draft) refresh();
      notify(done, { type: 'success' });
      return true;
    } catch (error) {
      const http = error as HttpError;
      if (http?.status === 409 && Array.isArray(http.body?.missing)) {
        setRefusal({ message: http.message, missing: http.body.missing as ChecklistItem[] });
        await queryClient.invalidateQueries({ queryKey: checklistKey(release.id) });
      } else if (http?.status === 409) {
        setRefusal({
          message: 'Someone else changed this release since you opened it; it has been reloaded. Check it and try again.',
          missing: [],
        });
        refresh();
      } else {
        notify(http?.message || 'The release could not be saved.', { type: 'error' });
      }
      return false;
    } finally {
      setBusy(false);
    }
  };

  const name = release?.name ?? 'The release';
  const publish = (override?: string) =>
    save(
      override ? { is_published: true, publish_override: override } : { is_published: true },
      override ? `${name} is published; the checklist override is recorded.` : `${name} is published.`,
    );
  const unpublish = () => save({ is_published: false }, `${name} is no longer published.`);
  return { publish, unpublish, busy, refusal };
}
