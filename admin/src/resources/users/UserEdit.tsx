import { ListButton, TopToolbar, useRecordContext, type RaRecord } from 'react-admin';
import { HistoryButton } from '../../common/HistoryButton';
import { RecordEdit } from '../../common/RecordEdit';
import { RecordForm } from '../../common/RecordForm';
import { UserInputs } from './UserInputs';

/** An empty password field means "keep the current one", so it is not sent at all. */
const withoutEmptyPassword = ({ password, ...user }: RaRecord) => (password ? { ...user, password } : user);

function UserTitle() {
  const user = useRecordContext();
  return <>User {user?.username}</>;
}

export function UserEdit() {
  return (
    <RecordEdit
      title={<UserTitle />}
      transform={withoutEmptyPassword}
      actions={
        // No Show button: only superusers see users, and they edit them.
        <TopToolbar>
          <HistoryButton />
          <ListButton />
        </TopToolbar>
      }
    >
      <RecordForm>
        <UserInputs />
      </RecordForm>
    </RecordEdit>
  );
}
