import { List, SearchInput, SelectInput } from 'react-admin';
import { useAccess } from '../api/permissions';
import { ListActions } from '../common/ListActions';
import { MediaGrid } from './MediaGrid';
import { MediaUpload } from './MediaUpload';

const filters = [
  <SearchInput key="q" source="q" placeholder="File name" alwaysOn />,
  <SelectInput
    key="kind"
    source="kind"
    label="Type"
    emptyText="All"
    choices={[
      { id: 'image', name: 'Images' },
      { id: 'document', name: 'Documents' },
    ]}
    alwaysOn
  />,
];

/**
 * The media library: newest files first, as a grid. `empty={false}` keeps the upload area on
 * screen when the library is still empty.
 */
export function MediaList() {
  const { write } = useAccess('media');
  return (
    <List filters={filters} actions={<ListActions filters={false} />} perPage={24} empty={false}>
      {write && <MediaUpload />}
      <MediaGrid />
    </List>
  );
}
