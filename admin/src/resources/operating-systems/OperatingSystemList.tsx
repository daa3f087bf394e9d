import { DataTable, List, ReferenceManyCount, SearchInput } from 'react-admin';
import { useAccess } from '../../api/permissions';
import { ListActions } from '../../common/ListActions';

const filters = [<SearchInput key="q" source="q" alwaysOn />];

/** The few systems files are published for, with how many files each has (one small count query per row). */
export function OperatingSystemList() {
  const { write } = useAccess('operating-systems');
  return (
    <List sort={{ field: 'name', order: 'ASC' }} filters={filters} actions={<ListActions filters={false} />} perPage={50}>
      <DataTable rowClick={write ? 'edit' : 'show'} bulkActionButtons={false}>
        <DataTable.Col source="name" label="Name" />
        <DataTable.Col source="slug" label="Slug" />
        <DataTable.Col label="Files" align="right" disableSort>
          <ReferenceManyCount reference="release-files" target="os_id" link />
        </DataTable.Col>
      </DataTable>
    </List>
  );
}
