import { RecordCreate } from '../common/RecordCreate';
import { RecordForm } from '../common/RecordForm';
import { GenericInputs } from './GenericInputs';

export function GenericCreate() {
  return (
    <RecordCreate>
      <RecordForm>
        <GenericInputs create />
      </RecordForm>
    </RecordCreate>
  );
}
