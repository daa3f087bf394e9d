import { RecordCreate } from '../../../common/RecordCreate';
import { RecordForm } from '../../../common/RecordForm';
import { JobLookupInputs } from './JobLookupInputs';

export function JobLookupCreate({ plural }: { plural: string }) {
  return (
    <RecordCreate>
      <RecordForm defaultValues={{ active: true }}>
        <JobLookupInputs plural={plural} />
      </RecordForm>
    </RecordCreate>
  );
}
