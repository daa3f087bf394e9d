import { AutocompleteInput, DataTable, List, ReferenceField, ReferenceInput, SearchInput } from 'react-admin';
import { useAccess } from '../../api/permissions';
import { ListActions } from '../../common/ListActions';

const filters = [
  <SearchInput key="q" source="q" alwaysOn placeholder="Search names" />,
  <ReferenceInput key="calendar_id" source="calendar_id" reference="calendars" sort={{ field: 'name', order: 'ASC' }}>
    <AutocompleteInput label="Calendar" sx={{ minWidth: 240 }} />
  </ReferenceInput>,
];

/** Event categories, by name, with their calendar. */
export function EventCategoryList() {
  const { write } = useAccess('event-categories');
  return (
    <List sort={{ field: 'name', order: 'ASC' }} filters={filters} actions={<ListActions />}>
      <DataTable rowClick={write ? 'edit' : 'show'}>
        <DataTable.Col source="name" />
        <DataTable.Col source="slug" />
        <DataTable.Col source="calendar_id" label="Calendar" disableSort>
          <ReferenceField source="calendar_id" reference="calendars" link={false} emptyText="—" />
        </DataTable.Col>
      </DataTable>
    </List>
  );
}
