import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useGetManyReference, type RaRecord } from 'react-admin';
import { checklistKey, fetchChecklist } from './releaseChecklistApi';

/**
 * The release's checklist, fetched again whenever the release or one of its files changes: the key
 * carries their row_versions, and the files come from the same query as the files list below (the
 * file dialog and "Add file" update that query, so the checklist follows without a page refresh).
 */
export function useReleaseChecklist(release: RaRecord | undefined) {
  const { data: files } = useGetManyReference(
    'release-files',
    { target: 'release_id', id: release?.id, pagination: { page: 1, perPage: 200 }, sort: { field: 'os_id', order: 'ASC' }, filter: {} },
    { enabled: release?.id !== undefined },
  );
  const filesVersion = (files ?? []).map((file) => `${file.id}:${file.row_version}`).join(',');
  return useQuery({
    queryKey: [...checklistKey(release?.id ?? ''), release?.row_version, filesVersion],
    queryFn: () => fetchChecklist(release!.id),
    enabled: release?.id !== undefined,
    // The previous answer stays on screen while the new one loads, instead of a flicker.
    placeholderData: keepPreviousData,
  });
}
