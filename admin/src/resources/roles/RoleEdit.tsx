import { RecordEdit } from '../../common/RecordEdit';
import { RecordForm } from '../../common/RecordForm';
import { RecordTitle } from '../../common/RecordTitle';
import { RoleInputs } from './RoleInputs';

/** Name and description only: the slug is what the code checks, so it never changes. */
export function RoleEdit() {
  return (
    <RecordEdit title={<RecordTitle prefix="Role" source="name" />}>
      <RecordForm>
        <RoleInputs />
      </RecordForm>
    </RecordEdit>
  );
}
