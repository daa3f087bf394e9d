import { RecordEdit } from '../../common/RecordEdit';
import { RecordForm } from '../../common/RecordForm';
import { PageDocuments } from './PageDocuments';
import { PageImages } from './PageImages';
import { PageInputs } from './PageInputs';

/**
 * Edit a page; fields are checked as soon as they are left, not only on save. Its images and
 * documents sit below the form: records of their own, saved as they change, not by the page's Save.
 */
export function PageEdit() {
  return (
    <RecordEdit>
      <RecordForm mode="onTouched">
        <PageInputs />
      </RecordForm>
      <PageImages />
      <PageDocuments />
    </RecordEdit>
  );
}
