import {
  BooleanField,
  DataTable,
  DateField,
  FunctionField,
  List,
  NullableBooleanInput,
  SearchInput,
  SelectField,
  SelectInput,
  TextInput,
} from 'react-admin';
import { MEMBERSHIP_TYPES } from '../../../../server/domain/enums';
import { useResourceMeta } from '../../api/meta';
import { useAccess } from '../../api/permissions';
import { ListActions } from '../../common/ListActions';
import { MembershipNameField } from './MembershipNameField';

const place = (r: { city: string | null; country: string | null }) => [r.city, r.country].filter(Boolean).join(', ') || '—';

/** Filters the server accepts; PSF announcements appears once the server declares it filterable. */
function useMembershipFilters() {
  const meta = useResourceMeta('memberships');
  const filters = [
    <SearchInput key="q" source="q" alwaysOn placeholder="Search legal name" />,
    <SelectInput key="membership_type" source="membership_type" label="Membership type" choices={MEMBERSHIP_TYPES} />,
    <NullableBooleanInput key="votes" source="votes" label="Votes" />,
    <TextInput key="country_like" source="country_like" label="Country" />,
  ];
  if (meta?.filters.includes('psf_announcements')) {
    filters.push(<NullableBooleanInput key="psf_announcements" source="psf_announcements" label="Wants PSF announcements" />);
  }
  return filters;
}

/**
 * PSF members, newest first. Personal data: the resource is registered only for superusers and
 * content editors, and the server answers 403 to everyone else.
 */
export function MembershipList() {
  const { write } = useAccess('memberships');
  const filters = useMembershipFilters();
  return (
    <List sort={{ field: 'created', order: 'DESC' }} filters={filters} actions={<ListActions />}>
      <DataTable rowClick={write ? 'edit' : 'show'} bulkActionButtons={false}>
        <DataTable.Col source="legal_name" label="Name" field={MembershipNameField} />
        <DataTable.Col source="membership_type" label="Type">
          <SelectField source="membership_type" choices={MEMBERSHIP_TYPES} />
        </DataTable.Col>
        <DataTable.Col label="City, country" disableSort>
          <FunctionField render={place} />
        </DataTable.Col>
        <DataTable.Col source="votes" label="Votes" field={BooleanField} disableSort />
        <DataTable.Col source="created" label="Member since">
          <DateField source="created" />
        </DataTable.Col>
      </DataTable>
    </List>
  );
}
