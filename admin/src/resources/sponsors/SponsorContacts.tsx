import { Typography } from '@mui/material';
import { CreateButton, DataTable, EmailField, ReferenceManyField, useRecordContext } from 'react-admin';
import { useAccess } from '../../api/permissions';
import { ContactDutiesField } from './ContactDutiesField';
import { RelatedSection } from './RelatedSection';

const empty = <Typography sx={{ py: 1 }}>No contacts yet: add the person who handles this sponsorship.</Typography>;

/** The sponsor's contact people and what each is the contact for. */
export function SponsorContacts() {
  const sponsor = useRecordContext();
  const { write } = useAccess('sponsor-contacts');
  if (!sponsor) return null;
  const add = write && <CreateButton resource="sponsor-contacts" label="Add contact" state={{ record: { sponsor_id: sponsor.id } }} />;
  return (
    <RelatedSection title="Contacts" action={add}>
      <ReferenceManyField reference="sponsor-contacts" target="sponsor_id" sort={{ field: 'name', order: 'ASC' }} perPage={50} empty={empty}>
        <DataTable rowClick={write ? 'edit' : 'show'} bulkActionButtons={false}>
          <DataTable.Col source="name" />
          <DataTable.Col source="email" field={EmailField} />
          <DataTable.Col source="phone" disableSort />
          <DataTable.Col label="Contact for" disableSort field={ContactDutiesField} />
        </DataTable>
      </ReferenceManyField>
    </RelatedSection>
  );
}
