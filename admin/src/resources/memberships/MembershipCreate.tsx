import { RecordCreate } from '../../common/RecordCreate';
import { RecordForm } from '../../common/RecordForm';
import { MembershipInputs } from './MembershipInputs';

const defaults = { membership_type: 0, votes: false };

export function MembershipCreate() {
  return (
    <RecordCreate>
      <RecordForm defaultValues={defaults}>
        <MembershipInputs />
      </RecordForm>
    </RecordCreate>
  );
}
