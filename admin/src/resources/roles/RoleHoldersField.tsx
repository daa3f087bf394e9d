import { ReferenceManyCount } from 'react-admin';

/** How many users hold the role; links to the user list filtered by it. */
export function RoleHoldersField() {
  return <ReferenceManyCount reference="users" target="role_ids" link />;
}
