import {
  AutocompleteInput,
  DataTable,
  DateField,
  List,
  NullableBooleanInput,
  NumberInput,
  ReferenceField,
  ReferenceInput,
  SelectInput,
} from 'react-admin';
import { SPONSORSHIP_STATUSES } from '../../../../server/domain/communityEnums';
import { useAccess } from '../../api/permissions';
import { ListActions } from '../../common/ListActions';
import { packageName } from './packageName';
import { PackageField } from './PackageField';
import { SponsorshipFeeField } from './SponsorshipFeeField';
import { SponsorshipQueueTabs } from './SponsorshipQueueTabs';
import { SponsorshipStatusField } from './SponsorshipStatusField';

const filters = [
  <SelectInput key="status" source="status" choices={SPONSORSHIP_STATUSES} alwaysOn />,
  <ReferenceInput key="sponsor_id" source="sponsor_id" reference="sponsors" sort={{ field: 'name', order: 'ASC' }} alwaysOn>
    <AutocompleteInput label="Sponsor" />
  </ReferenceInput>,
  <ReferenceInput key="package_id" source="package_id" reference="sponsorship-packages" sort={{ field: 'year', order: 'DESC' }}>
    <AutocompleteInput label="Package" optionText={packageName} />
  </ReferenceInput>,
  <NumberInput key="year" source="year" step={1} />,
  <NullableBooleanInput key="locked" source="locked" />,
];

/** Applications and agreements, the latest applications first. */
export function SponsorshipList() {
  const { write } = useAccess('sponsorships');
  return (
    <List sort={{ field: 'applied_on', order: 'DESC' }} filters={filters} actions={<ListActions />}>
      <SponsorshipQueueTabs />
      <DataTable rowClick={write ? 'edit' : 'show'} bulkActionButtons={write ? undefined : false}>
        <DataTable.Col source="sponsor_id" label="Sponsor" disableSort>
          <ReferenceField source="sponsor_id" reference="sponsors" link={false} emptyText="—" />
        </DataTable.Col>
        <DataTable.Col source="package_id" label="Package" disableSort field={PackageField} />
        <DataTable.Col source="status" field={SponsorshipStatusField} />
        <DataTable.Col source="year" />
        <DataTable.Col source="sponsorship_fee" label="Fee" field={SponsorshipFeeField} />
        <DataTable.Col source="applied_on" label="Applied" field={DateField} />
        <DataTable.Col source="start_date" label="Starts" field={DateField} />
        <DataTable.Col source="end_date" label="Ends" field={DateField} />
      </DataTable>
    </List>
  );
}
