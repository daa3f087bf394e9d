import type { ReactNode } from 'react';
import { CreateButton, ExportButton, FilterButton, TopToolbar, useResourceContext } from 'react-admin';
import { useResourceMeta } from '../api/meta';
import { useAccess } from '../api/permissions';

/**
 * Filters, "Create" only for those who may, and CSV export of the filtered list. `create` says the
 * resource is created by a route of its own (webhooks), not the generic one the metadata lists.
 */
export function ListActions({ extra, filters = true, create }: { extra?: ReactNode; filters?: boolean; create?: boolean }) {
  const resource = useResourceContext() ?? '';
  const meta = useResourceMeta(resource);
  const { write } = useAccess(resource);
  return (
    <TopToolbar>
      {extra}
      {filters && <FilterButton />}
      {write && (create ?? meta?.operations.includes('create')) && <CreateButton />}
      <ExportButton maxResults={1000} />
    </TopToolbar>
  );
}
