import { DataTable, DateField } from 'react-admin';
import { PackageField } from '../sponsorships/PackageField';
import { SponsorshipFeeField } from '../sponsorships/SponsorshipFeeField';
import { SponsorshipStatusField } from '../sponsorships/SponsorshipStatusField';
import { RelatedRecords } from './RelatedRecords';

/** The sponsor's sponsorships, newest year first, with a shortcut to add one for this sponsor. */
export function SponsorSponsorships() {
  return (
    <RelatedRecords
      title="Sponsorships"
      reference="sponsorships"
      target="sponsor_id"
      sort={{ field: 'year', order: 'DESC' }}
      addLabel="Add sponsorship"
      emptyText="No sponsorships yet."
    >
      <DataTable.Col source="year" />
      <DataTable.Col source="package_id" label="Package" disableSort field={PackageField} />
      <DataTable.Col source="status" field={SponsorshipStatusField} />
      <DataTable.Col source="sponsorship_fee" label="Fee" field={SponsorshipFeeField} />
      <DataTable.Col source="start_date" label="Starts" field={DateField} />
      <DataTable.Col source="end_date" label="Ends" field={DateField} />
    </RelatedRecords>
  );
}
