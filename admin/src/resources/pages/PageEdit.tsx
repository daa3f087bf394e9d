import { RecordEdit } from '../../common/RecordEdit';
import { RecordForm } from '../../common/RecordForm';
import { PageInputs } from './PageInputs';

/** Edit a page; fields are checked as soon as they are left, not only on save. */
export function PageEdit() {
  return (
    <RecordEdit>
      <RecordForm mode="onTouched">
        <PageInputs />
      </RecordForm>
    </RecordEdit>
  );
}
