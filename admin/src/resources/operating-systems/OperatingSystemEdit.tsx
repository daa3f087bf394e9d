import { RecordEdit } from '../../common/RecordEdit';
import { RecordForm } from '../../common/RecordForm';
import { OperatingSystemInputs } from './OperatingSystemInputs';

export function OperatingSystemEdit() {
  return (
    <RecordEdit>
      <RecordForm>
        <OperatingSystemInputs />
      </RecordForm>
    </RecordEdit>
  );
}
