import { RecordEdit } from '../../../common/RecordEdit';
import { RecordForm } from '../../../common/RecordForm';
import { JobLookupInputs } from './JobLookupInputs';

export function JobLookupEdit({ plural }: { plural: string }) {
  return (
    <RecordEdit>
      <RecordForm>
        <JobLookupInputs plural={plural} />
      </RecordForm>
    </RecordEdit>
  );
}
