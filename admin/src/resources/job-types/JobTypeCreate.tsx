import { RecordCreate } from '../../common/RecordCreate';
import { RecordForm } from '../../common/RecordForm';
import { JobTypeInputs } from './JobTypeInputs';

export function JobTypeCreate() {
  return (
    <RecordCreate>
      <RecordForm defaultValues={{ active: true }}>
        <JobTypeInputs />
      </RecordForm>
    </RecordCreate>
  );
}
