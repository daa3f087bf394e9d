import { RecordCreate } from '../../common/RecordCreate';
import { RecordForm } from '../../common/RecordForm';
import { JobInputs } from './JobInputs';

// The server's defaults, shown in the form so what the user sees is what gets saved. No status:
// a new job starts as a draft and moves on through moderation.
const defaults = { telecommuting: false, agencies: true, is_featured: false, job_type_ids: [] };

export function JobCreate() {
  return (
    <RecordCreate>
      <RecordForm defaultValues={defaults}>
        <JobInputs />
      </RecordForm>
    </RecordCreate>
  );
}
