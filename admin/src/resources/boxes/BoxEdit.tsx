import { RecordEdit } from '../../common/RecordEdit';
import { RecordForm } from '../../common/RecordForm';
import { BoxInputs } from './BoxInputs';

/** Edit a box; fields are checked as soon as they are left, not only on save. */
export function BoxEdit() {
  return (
    <RecordEdit>
      <RecordForm mode="onTouched">
        <BoxInputs />
      </RecordForm>
    </RecordEdit>
  );
}
