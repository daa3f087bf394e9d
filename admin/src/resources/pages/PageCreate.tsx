import { RecordCreate } from '../../common/RecordCreate';
import { RecordForm } from '../../common/RecordForm';
import { PageInputs } from './PageInputs';

/** A new page; saving lands on its edit screen. */
export function PageCreate() {
  return (
    <RecordCreate>
      <RecordForm mode="onTouched">
        <PageInputs />
      </RecordForm>
    </RecordCreate>
  );
}
