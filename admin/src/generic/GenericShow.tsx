import { Loading, Show, SimpleShowLayout, useResourceContext } from 'react-admin';
import { useResourceMeta } from '../api/meta';
import { ShowActions } from '../common/ShowActions';
import { fieldFor } from './fieldFor';

/** Every readable field of a record; the read-only view for people who may not change it. */
export function GenericShow() {
  const resource = useResourceContext() ?? '';
  const meta = useResourceMeta(resource);
  if (!meta) return <Loading />;
  return (
    <Show actions={<ShowActions />}>
      <SimpleShowLayout>{meta.fields.filter((f) => !f.writeOnly && f.name !== 'row_version').map((f) => fieldFor(f))}</SimpleShowLayout>
    </Show>
  );
}
