import { BooleanField, DataTable, DateField, List, NullableBooleanInput, SearchInput, SelectInput, TextField } from 'react-admin';
import { useAccess } from '../../api/permissions';
import { ListActions } from '../../common/ListActions';
import { DraftChip } from '../../drafts/DraftChip';
import { releaseVersionChoices, releaseVersionLabel } from './releaseVersion';

const filters = [
  <SearchInput key="q" source="q" alwaysOn placeholder="Search names and text" />,
  <SelectInput key="version" source="version" label="Version" choices={releaseVersionChoices} alwaysOn sx={{ minWidth: 200 }} />,
  <NullableBooleanInput key="is_published" source="is_published" label="Published" />,
  <NullableBooleanInput key="is_latest" source="is_latest" label="Latest" />,
  <NullableBooleanInput key="pre_release" source="pre_release" label="Pre-release" />,
];

/** Releases, newest first; release managers open one to edit it and its files. */
export function ReleaseList() {
  const { write } = useAccess('releases');
  return (
    <List sort={{ field: 'release_date', order: 'DESC' }} filters={filters} actions={<ListActions />}>
      <DataTable rowClick={write ? 'edit' : 'show'}>
        <DataTable.Col source="name" label="Name">
          <TextField source="name" />
          <DraftChip />
        </DataTable.Col>
        <DataTable.Col source="version" label="Version" render={(record) => releaseVersionLabel(record.version)} />
        <DataTable.Col source="release_date" label="Release date">
          <DateField source="release_date" />
        </DataTable.Col>
        <DataTable.Col source="is_published" label="Published" disableSort>
          <BooleanField source="is_published" />
        </DataTable.Col>
        <DataTable.Col source="is_latest" label="Latest" disableSort>
          <BooleanField source="is_latest" FalseIcon={null} />
        </DataTable.Col>
        <DataTable.Col source="pre_release" label="Pre-release" disableSort>
          <BooleanField source="pre_release" FalseIcon={null} />
        </DataTable.Col>
      </DataTable>
    </List>
  );
}
