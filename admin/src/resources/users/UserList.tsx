import {
  BooleanField,
  DataTable,
  DateField,
  List,
  NullableBooleanInput,
  ReferenceInput,
  SearchInput,
  SelectInput,
  type RaRecord,
} from 'react-admin';
import { ListActions } from '../../common/ListActions';
import { UserRolesField } from './UserRolesField';

const filters = [
  <SearchInput key="q" source="q" placeholder="Username" alwaysOn />,
  // role_ids matches users holding that role (the server filters many-to-many ids with EXISTS).
  <ReferenceInput key="role_ids" source="role_ids" reference="roles" sort={{ field: 'name', order: 'ASC' }}>
    <SelectInput label="Role" optionText="name" />
  </ReferenceInput>,
  <NullableBooleanInput key="is_active" source="is_active" label="Active" />,
  <NullableBooleanInput key="is_staff" source="is_staff" label="Staff" />,
  <NullableBooleanInput key="is_superuser" source="is_superuser" label="Superuser" />,
];

const fullName = (user: RaRecord) => [user.first_name, user.last_name].filter(Boolean).join(' ') || '—';

/** Everyone who can sign in, with what they may do; only superusers get here. */
export function UserList() {
  return (
    <List sort={{ field: 'username', order: 'ASC' }} filters={filters} actions={<ListActions />}>
      <DataTable rowClick="edit">
        <DataTable.Col source="username" />
        <DataTable.Col source="last_name" label="Name" render={fullName} />
        <DataTable.Col source="email" />
        <DataTable.Col source="role_ids" label="Roles" disableSort field={UserRolesField} />
        <DataTable.Col source="is_superuser" label="Superuser" disableSort field={BooleanField} />
        <DataTable.Col source="is_active" label="Active" disableSort field={BooleanField} />
        <DataTable.Col source="created" label="Joined" field={DateField} />
      </DataTable>
    </List>
  );
}
