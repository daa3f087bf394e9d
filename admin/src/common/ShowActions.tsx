import { EditButton, ListButton, TopToolbar, useResourceContext } from 'react-admin';
import { useAccess } from '../api/permissions';
import { HistoryButton } from './HistoryButton';

/** The show screen's counterpart of EditActions: "Edit" only for those who may, since read-only roles land here. */
export function ShowActions() {
  const resource = useResourceContext() ?? '';
  const { write } = useAccess(resource);
  return (
    <TopToolbar>
      <HistoryButton />
      {write && <EditButton />}
      <ListButton />
    </TopToolbar>
  );
}
