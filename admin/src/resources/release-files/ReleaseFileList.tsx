import {
  AutocompleteInput,
  DataTable,
  List,
  NullableBooleanInput,
  ReferenceField,
  ReferenceInput,
  SearchInput,
  SelectInput,
} from 'react-admin';
import { useAccess } from '../../api/permissions';
import { ListActions } from '../../common/ListActions';
import { releaseFileColumns } from './releaseFileColumns';

const filters = [
  <SearchInput key="q" source="q" alwaysOn placeholder="Search file names" />,
  <ReferenceInput key="release_id" source="release_id" reference="releases" sort={{ field: 'release_date', order: 'DESC' }} alwaysOn>
    <AutocompleteInput label="Release" sx={{ minWidth: 240 }} />
  </ReferenceInput>,
  <ReferenceInput key="os_id" source="os_id" reference="operating-systems" sort={{ field: 'name', order: 'ASC' }} perPage={100}>
    <SelectInput label="Operating system" optionText="name" />
  </ReferenceInput>,
  <NullableBooleanInput key="download_button" source="download_button" label="Download button" />,
  <NullableBooleanInput key="is_source" source="is_source" label="Source distribution" />,
];

/** Every downloadable file across releases; most work happens on a release's own screen, this finds files. */
export function ReleaseFileList() {
  const { write } = useAccess('release-files');
  return (
    <List sort={{ field: 'created', order: 'DESC' }} filters={filters} actions={<ListActions />}>
      <DataTable rowClick={write ? 'edit' : 'show'}>
        <DataTable.Col source="name" label="Name" />
        <DataTable.Col source="release_id" label="Release" disableSort>
          <ReferenceField source="release_id" reference="releases" link={false} />
        </DataTable.Col>
        {releaseFileColumns}
      </DataTable>
    </List>
  );
}
