import { RecordEdit } from '../../common/RecordEdit';
import { RecordForm } from '../../common/RecordForm';
import { JobInputs } from './JobInputs';

/** Never sends status: it changes only through the moderation endpoints (API.md, "Job moderation"). */
const withoutStatus = ({ status: _status, ...job }: Record<string, unknown>) => job;

export function JobEdit() {
  return (
    <RecordEdit transform={withoutStatus}>
      <RecordForm>
        <JobInputs />
      </RecordForm>
    </RecordEdit>
  );
}
