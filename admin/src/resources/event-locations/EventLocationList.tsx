import { AutocompleteInput, DataTable, List, ReferenceField, ReferenceInput, SearchInput, TextField } from 'react-admin';
import { useAccess } from '../../api/permissions';
import { ListActions } from '../../common/ListActions';

const filters = [
  <SearchInput key="q" source="q" alwaysOn placeholder="Search names" />,
  <ReferenceInput key="calendar_id" source="calendar_id" reference="calendars" sort={{ field: 'name', order: 'ASC' }}>
    <AutocompleteInput label="Calendar" sx={{ minWidth: 240 }} />
  </ReferenceInput>,
];

/** Venues, by name, with the calendar they belong to. */
export function EventLocationList() {
  const { write } = useAccess('event-locations');
  return (
    <List sort={{ field: 'name', order: 'ASC' }} filters={filters} actions={<ListActions />}>
      <DataTable rowClick={write ? 'edit' : 'show'}>
        <DataTable.Col source="name" />
        <DataTable.Col source="calendar_id" label="Calendar" disableSort>
          <ReferenceField source="calendar_id" reference="calendars" link={false} emptyText="—" />
        </DataTable.Col>
        <DataTable.Col source="address" disableSort>
          <TextField source="address" emptyText="—" />
        </DataTable.Col>
        <DataTable.Col source="url" label="Website" disableSort>
          <TextField source="url" emptyText="—" sx={{ wordBreak: 'break-all' }} />
        </DataTable.Col>
      </DataTable>
    </List>
  );
}
