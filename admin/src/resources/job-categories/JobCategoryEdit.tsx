import { RecordEdit } from '../../common/RecordEdit';
import { RecordForm } from '../../common/RecordForm';
import { JobCategoryInputs } from './JobCategoryInputs';

export function JobCategoryEdit() {
  return (
    <RecordEdit>
      <RecordForm>
        <JobCategoryInputs />
      </RecordForm>
    </RecordEdit>
  );
}
