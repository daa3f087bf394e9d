import { BooleanField, DataTable, List, NullableBooleanInput, ReferenceManyCount, SearchInput, TextField } from 'react-admin';
import { useAccess } from '../../api/permissions';
import { ListActions } from '../../common/ListActions';

const filters = [
  <SearchInput key="q" source="q" alwaysOn />,
  <NullableBooleanInput key="active" source="active" label="Offered for new jobs" />,
];

/** Job types by name, with how many jobs carry each. */
export function JobTypeList() {
  const { write } = useAccess('job-types');
  return (
    <List sort={{ field: 'name', order: 'ASC' }} filters={filters} actions={<ListActions />}>
      <DataTable rowClick={write ? 'edit' : 'show'} bulkActionButtons={false}>
        <DataTable.Col source="name" />
        <DataTable.Col source="slug" field={TextField} />
        <DataTable.Col label="Jobs" disableSort>
          <ReferenceManyCount reference="jobs" target="job_type_ids" />
        </DataTable.Col>
        <DataTable.Col source="active" label="Offered for new jobs" field={BooleanField} disableSort />
      </DataTable>
    </List>
  );
}
