import { DataTable, EmailField } from 'react-admin';
import { ContactDutiesField } from './ContactDutiesField';
import { RelatedRecords } from './RelatedRecords';

/** The sponsor's contact people and what each is the contact for. */
export function SponsorContacts() {
  return (
    <RelatedRecords
      title="Contacts"
      reference="sponsor-contacts"
      target="sponsor_id"
      sort={{ field: 'name', order: 'ASC' }}
      addLabel="Add contact"
      emptyText="No contacts yet: add the person who handles this sponsorship."
    >
      <DataTable.Col source="name" />
      <DataTable.Col source="email" field={EmailField} />
      <DataTable.Col source="phone" disableSort />
      <DataTable.Col label="Contact for" disableSort field={ContactDutiesField} />
    </RelatedRecords>
  );
}
