import type { ReactNode } from 'react';
import { CreateButton, ExportButton, FilterButton, TopToolbar, useResourceContext } from 'react-admin';
import { useResourceMeta } from '../api/meta';
import { useAccess } from '../api/permissions';

/** Filters, "Create" only for those who may, and CSV export of the filtered list. */
export function ListActions({ extra, filters = true }: { extra?: ReactNode; filters?: boolean }) {
  const resource = useResourceContext() ?? '';
  const meta = useResourceMeta(resource);
  const { write } = useAccess(resource);
  return (
    <TopToolbar>
      {extra}
      {filters && <FilterButton />}
      {write && meta?.operations.includes('create') && <CreateButton />}
      <ExportButton maxResults={1000} />
    </TopToolbar>
  );
}
