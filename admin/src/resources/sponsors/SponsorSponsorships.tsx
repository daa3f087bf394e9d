import { Typography } from '@mui/material';
import { CreateButton, DataTable, DateField, ReferenceManyField, useRecordContext } from 'react-admin';
import { useAccess } from '../../api/permissions';
import { PackageField } from '../sponsorships/PackageField';
import { SponsorshipFeeField } from '../sponsorships/SponsorshipFeeField';
import { SponsorshipStatusField } from '../sponsorships/SponsorshipStatusField';
import { RelatedSection } from './RelatedSection';

const empty = <Typography sx={{ py: 1 }}>No sponsorships yet.</Typography>;

/** The sponsor's sponsorships, newest year first, with a shortcut to add one for this sponsor. */
export function SponsorSponsorships() {
  const sponsor = useRecordContext();
  const { write } = useAccess('sponsorships');
  if (!sponsor) return null;
  const add = write && <CreateButton resource="sponsorships" label="Add sponsorship" state={{ record: { sponsor_id: sponsor.id } }} />;
  return (
    <RelatedSection title="Sponsorships" action={add}>
      <ReferenceManyField reference="sponsorships" target="sponsor_id" sort={{ field: 'year', order: 'DESC' }} perPage={50} empty={empty}>
        <DataTable rowClick={write ? 'edit' : 'show'} bulkActionButtons={false}>
          <DataTable.Col source="year" />
          <DataTable.Col source="package_id" label="Package" disableSort field={PackageField} />
          <DataTable.Col source="status" field={SponsorshipStatusField} />
          <DataTable.Col source="sponsorship_fee" label="Fee" field={SponsorshipFeeField} />
          <DataTable.Col source="start_date" label="Starts" field={DateField} />
          <DataTable.Col source="end_date" label="Ends" field={DateField} />
        </DataTable>
      </ReferenceManyField>
    </RelatedSection>
  );
}

