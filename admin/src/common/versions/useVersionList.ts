import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { fetchVersions, versionsKey } from './versionsApi';

/**
 * The page of versions on screen, and the first page besides (the newest version is the default
 * right side of every comparison, whichever page is shown).
 */
export function useVersionList(resource: string, id: number | string, page: number) {
  const key = [...versionsKey(resource, id), 'list'];
  const first = useQuery({ queryKey: [...key, 0], queryFn: () => fetchVersions(resource, id, 0) });
  const shown = useQuery({ queryKey: [...key, page], queryFn: () => fetchVersions(resource, id, page), placeholderData: keepPreviousData });
  return {
    versions: shown.data?.versions,
    total: shown.data?.total ?? first.data?.total ?? 0,
    /** Newest first: [0] is the current version, [1] the one before it. */
    newest: first.data?.versions,
    isPending: first.isPending || shown.isPending,
    error: first.error ?? shown.error,
  };
}
