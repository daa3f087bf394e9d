import { RecordEdit } from '../../common/RecordEdit';
import { RecordForm } from '../../common/RecordForm';
import { JobTypeInputs } from './JobTypeInputs';

export function JobTypeEdit() {
  return (
    <RecordEdit>
      <RecordForm>
        <JobTypeInputs />
      </RecordForm>
    </RecordEdit>
  );
}
