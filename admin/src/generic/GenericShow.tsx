import { Loading, Show, SimpleShowLayout, TopToolbar, EditButton, ListButton, useResourceContext } from 'react-admin';
import { useResourceMeta } from '../api/meta';
import { useAccess } from '../api/permissions';
import { HistoryButton } from '../common/HistoryButton';
import { fieldFor } from './fieldFor';

/** Every readable field of a record; the read-only view for people who may not change it. */
export function GenericShow() {
  const resource = useResourceContext() ?? '';
  const meta = useResourceMeta(resource);
  const { write } = useAccess(resource);
  if (!meta) return <Loading />;
  return (
    <Show actions={<TopToolbar><HistoryButton />{write && <EditButton />}<ListButton /></TopToolbar>}>
      <SimpleShowLayout>{meta.fields.filter((f) => !f.writeOnly && f.name !== 'row_version').map((f) => fieldFor(f))}</SimpleShowLayout>
    </Show>
  );
}
