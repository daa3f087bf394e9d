import { DataTable, DateField, List, SearchInput, TextField, UrlField } from 'react-admin';
import { useAccess } from '../../api/permissions';
import { ListActions } from '../../common/ListActions';
import { DraftChip } from '../../drafts/DraftChip';
import { CountryField } from './CountryField';
import { CountryInput } from './CountryInput';

const filters = [<SearchInput key="q" source="q" alwaysOn />, <CountryInput key="country" source="country" label="Country" />];

/** Sponsor organisations by name; the search covers their names and descriptions. */
export function SponsorList() {
  const { write } = useAccess('sponsors');
  return (
    <List sort={{ field: 'name', order: 'ASC' }} filters={filters} actions={<ListActions />}>
      <DataTable rowClick={write ? 'edit' : 'show'} bulkActionButtons={write ? undefined : false}>
        <DataTable.Col source="name">
          <TextField source="name" />
          <DraftChip />
        </DataTable.Col>
        <DataTable.Col source="country" disableSort field={CountryField} />
        <DataTable.Col source="city" disableSort />
        <DataTable.Col source="landing_page_url" label="Landing page" disableSort>
          <UrlField source="landing_page_url" target="_blank" rel="noopener noreferrer" emptyText="—" />
        </DataTable.Col>
        <DataTable.Col source="updated" label="Last changed" field={DateField} />
      </DataTable>
    </List>
  );
}
