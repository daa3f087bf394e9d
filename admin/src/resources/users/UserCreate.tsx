import { RecordCreate } from '../../common/RecordCreate';
import { RecordForm } from '../../common/RecordForm';
import { UserInputs } from './UserInputs';

const defaults = {
  is_active: true,
  is_staff: false,
  is_superuser: false,
  role_ids: [],
  bio_markup_type: 'markdown',
  search_visibility: 1,
  email_privacy: 2,
  public_profile: true,
};

export function UserCreate() {
  return (
    <RecordCreate title="New user">
      <RecordForm defaultValues={defaults}>
        <UserInputs create />
      </RecordForm>
    </RecordCreate>
  );
}
