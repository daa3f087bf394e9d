import { ChipField, ReferenceArrayField, SingleFieldList } from 'react-admin';

/** The roles a user holds, as chips with the roles' names. */
export function UserRolesField() {
  return (
    <ReferenceArrayField source="role_ids" reference="roles" sort={{ field: 'name', order: 'ASC' }} empty={<span>—</span>}>
      <SingleFieldList linkType={false}>
        <ChipField source="name" size="small" />
      </SingleFieldList>
    </ReferenceArrayField>
  );
}
