import { RecordCreate } from '../../common/RecordCreate';
import { RecordForm } from '../../common/RecordForm';
import { BoxInputs } from './BoxInputs';

/** A new box; saving lands on its edit screen. */
export function BoxCreate() {
  return (
    <RecordCreate>
      <RecordForm mode="onTouched">
        <BoxInputs />
      </RecordForm>
    </RecordCreate>
  );
}
