import { DateField, Labeled, ReferenceField } from 'react-admin';

/** When a record was last saved and by whom, for the show screens of content people edit in turn. */
export function LastChangedFields() {
  return (
    <>
      <Labeled label="Last changed">
        <DateField source="updated" showTime />
      </Labeled>
      <Labeled label="By">
        <ReferenceField source="last_modified_by_id" reference="users" link={false} emptyText="—" />
      </Labeled>
    </>
  );
}
