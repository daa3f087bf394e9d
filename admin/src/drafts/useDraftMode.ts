import { useRecordContext, useResourceContext } from 'react-admin';
import { useAccess } from '../api/permissions';
import { versionedResource } from '../common/versions/versioned';

/**
 * How the edit form in context saves: 'off' as always (not a versioned resource, not the user's to
 * write, or a record not live yet, which is saved directly); 'live' to the record, with a draft on
 * offer; 'draft' to the pending draft the form shows.
 */
export type DraftMode = 'off' | 'live' | 'draft';

export function useDraftMode(): DraftMode {
  const resource = useResourceContext() ?? '';
  const record = useRecordContext();
  const { write } = useAccess(resource);
  const versioned = versionedResource(resource);
  if (!versioned || !write || record?.id === undefined) return 'off';
  if (record.has_draft) return 'draft';
  return (versioned.isLive?.(record) ?? true) ? 'live' : 'off';
}

/** Whether the screen offers schedules and preview links: a versioned resource the user may write. */
export function useEditorialTools(resource: string): boolean {
  const { write } = useAccess(resource);
  return write && Boolean(versionedResource(resource));
}
