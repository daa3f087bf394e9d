import { BooleanField, DataTable, DateField, List, SearchInput, TextField } from 'react-admin';

const filters = [<SearchInput key="q" source="q" alwaysOn />];

/** Pages, newest change first, searchable by their text. */
export function PageList() {
  return (
    <List sort={{ field: 'updated', order: 'DESC' }} filters={filters}>
      <DataTable>
        <DataTable.Col source="title" />
        <DataTable.Col source="path" field={TextField} />
        <DataTable.Col source="content_markup_type" label="Markup" />
        <DataTable.Col source="is_published" label="Published" field={BooleanField} />
        <DataTable.Col source="updated" field={DateField} />
      </DataTable>
    </List>
  );
}
