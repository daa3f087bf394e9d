import { RecordEdit } from '../common/RecordEdit';
import { RecordForm } from '../common/RecordForm';
import { GenericInputs } from './GenericInputs';

export function GenericEdit() {
  return (
    <RecordEdit>
      <RecordForm>
        <GenericInputs />
      </RecordForm>
    </RecordEdit>
  );
}
