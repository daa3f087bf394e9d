import { RecordCreate } from '../../common/RecordCreate';
import { RecordForm } from '../../common/RecordForm';
import { OperatingSystemInputs } from './OperatingSystemInputs';

export function OperatingSystemCreate() {
  return (
    <RecordCreate redirect="list" title="New operating system">
      <RecordForm>
        <OperatingSystemInputs />
      </RecordForm>
    </RecordCreate>
  );
}
