import {
  BooleanField,
  DataTable,
  List,
  NullableBooleanInput,
  ReferenceManyCount,
  SearchInput,
  TextField,
  useResourceContext,
} from 'react-admin';
import { useAccess } from '../../../api/permissions';
import { ListActions } from '../../../common/ListActions';

const filters = [
  <SearchInput key="q" source="q" alwaysOn />,
  <NullableBooleanInput key="active" source="active" label="Offered for new jobs" />,
];

/**
 * Entries by name, with how many jobs use each: a used one can only be deactivated, not deleted.
 * `jobsTarget` is the jobs column that refers to the entries.
 */
export function JobLookupList({ jobsTarget }: { jobsTarget: string }) {
  const { write } = useAccess(useResourceContext() ?? '');
  return (
    <List sort={{ field: 'name', order: 'ASC' }} filters={filters} actions={<ListActions />}>
      <DataTable rowClick={write ? 'edit' : 'show'} bulkActionButtons={false}>
        <DataTable.Col source="name" />
        <DataTable.Col source="slug" field={TextField} />
        <DataTable.Col label="Jobs" disableSort>
          <ReferenceManyCount reference="jobs" target={jobsTarget} />
        </DataTable.Col>
        <DataTable.Col source="active" label="Offered for new jobs" field={BooleanField} disableSort />
      </DataTable>
    </List>
  );
}
