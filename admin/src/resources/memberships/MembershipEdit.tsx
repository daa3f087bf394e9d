import { RecordEdit } from '../../common/RecordEdit';
import { RecordForm } from '../../common/RecordForm';
import { MembershipInputs } from './MembershipInputs';

export function MembershipEdit() {
  return (
    <RecordEdit>
      <RecordForm>
        <MembershipInputs />
      </RecordForm>
    </RecordEdit>
  );
}
