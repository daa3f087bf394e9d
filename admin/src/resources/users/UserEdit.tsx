import type { RaRecord } from 'react-admin';
import { RecordEdit } from '../../common/RecordEdit';
import { RecordForm } from '../../common/RecordForm';
import { RecordTitle } from '../../common/RecordTitle';
import { UserInputs } from './UserInputs';

/** An empty password field means "keep the current one", so it is not sent at all. */
const withoutEmptyPassword = ({ password, ...user }: RaRecord) => (password ? { ...user, password } : user);

export function UserEdit() {
  return (
    <RecordEdit title={<RecordTitle prefix="User" source="username" />} transform={withoutEmptyPassword}>
      <RecordForm>
        <UserInputs />
      </RecordForm>
    </RecordEdit>
  );
}
