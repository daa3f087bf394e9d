import { RecordCreate } from '../../common/RecordCreate';
import { RecordForm } from '../../common/RecordForm';
import { JobCategoryInputs } from './JobCategoryInputs';

export function JobCategoryCreate() {
  return (
    <RecordCreate>
      <RecordForm defaultValues={{ active: true }}>
        <JobCategoryInputs />
      </RecordForm>
    </RecordCreate>
  );
}
