import { DataTable, DateField, List, SearchInput, TextField } from 'react-admin';
import { useAccess } from '../../api/permissions';
import { ListActions } from '../../common/ListActions';

const filters = [<SearchInput key="q" source="q" alwaysOn placeholder="Search names" />];

/** The calendars events are grouped in, by name. */
export function CalendarList() {
  const { write } = useAccess('calendars');
  return (
    <List sort={{ field: 'name', order: 'ASC' }} filters={filters} actions={<ListActions filters={false} />}>
      <DataTable rowClick={write ? 'edit' : 'show'}>
        <DataTable.Col source="name" />
        <DataTable.Col source="slug" />
        <DataTable.Col source="description" disableSort field={TextField} />
        <DataTable.Col source="url" label="iCal feed" disableSort>
          <TextField source="url" emptyText="—" sx={{ wordBreak: 'break-all' }} />
        </DataTable.Col>
        <DataTable.Col source="created" field={DateField} />
      </DataTable>
    </List>
  );
}
