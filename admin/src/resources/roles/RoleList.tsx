import { Alert } from '@mui/material';
import { DataTable, List, TextField } from 'react-admin';
import { ListActions } from '../../common/ListActions';
import { RoleHoldersField } from './RoleHoldersField';

/** The three roles and who holds them; superusers hold every right and need none of them. */
export function RoleList() {
  return (
    <List sort={{ field: 'name', order: 'ASC' }} actions={<ListActions filters={false} />} pagination={false}>
      <Alert severity="info" sx={{ m: 1 }}>
        Roles are fixed: the permission checks know them by their slug. Give people a role from their user record; here you can only reword
        a role's name and description.
      </Alert>
      <DataTable rowClick="edit" bulkActionButtons={false}>
        <DataTable.Col source="name" />
        <DataTable.Col source="slug" field={TextField} />
        <DataTable.Col source="description" disableSort />
        <DataTable.Col label="Holders" disableSort field={RoleHoldersField} />
      </DataTable>
    </List>
  );
}
