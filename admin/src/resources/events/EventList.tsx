import {
  AutocompleteInput,
  BooleanField,
  DataTable,
  DateField,
  List,
  NullableBooleanInput,
  ReferenceField,
  ReferenceInput,
  SearchInput,
  TextField,
} from 'react-admin';
import { useAccess } from '../../api/permissions';
import { ListActions } from '../../common/ListActions';
import { DraftChip } from '../../drafts/DraftChip';
import { EventWhenField } from './EventWhenField';

const filters = [
  <SearchInput key="q" source="q" alwaysOn />,
  <ReferenceInput key="calendar_id" source="calendar_id" reference="calendars" sort={{ field: 'name', order: 'ASC' }}>
    <AutocompleteInput label="Calendar" sx={{ minWidth: 240 }} />
  </ReferenceInput>,
  <ReferenceInput key="venue_id" source="venue_id" reference="event-locations" sort={{ field: 'name', order: 'ASC' }}>
    <AutocompleteInput label="Venue" sx={{ minWidth: 240 }} />
  </ReferenceInput>,
  <ReferenceInput key="category_ids" source="category_ids" reference="event-categories" sort={{ field: 'name', order: 'ASC' }}>
    <AutocompleteInput label="Category" sx={{ minWidth: 240 }} />
  </ReferenceInput>,
  <NullableBooleanInput key="featured" source="featured" label="Featured" />,
  <NullableBooleanInput key="is_published" source="is_published" label="Published" />,
];

/** Events, most recently changed first, with when they happen in plain English. */
export function EventList() {
  const { write } = useAccess('events');
  return (
    <List sort={{ field: 'updated', order: 'DESC' }} filters={filters} actions={<ListActions />}>
      <DataTable rowClick={write ? 'edit' : 'show'}>
        <DataTable.Col source="title">
          <TextField source="title" />
          <DraftChip />
        </DataTable.Col>
        <DataTable.Col source="calendar_id" label="Calendar" disableSort>
          <ReferenceField source="calendar_id" reference="calendars" link={false} />
        </DataTable.Col>
        <DataTable.Col source="venue_id" label="Venue" disableSort>
          <ReferenceField source="venue_id" reference="event-locations" link={false} emptyText="—" />
        </DataTable.Col>
        <DataTable.Col label="When" disableSort>
          <EventWhenField />
        </DataTable.Col>
        <DataTable.Col source="featured">
          <BooleanField source="featured" FalseIcon={null} />
        </DataTable.Col>
        <DataTable.Col source="is_published" label="Published" disableSort>
          <BooleanField source="is_published" />
        </DataTable.Col>
        <DataTable.Col source="updated" field={DateField} />
      </DataTable>
    </List>
  );
}
