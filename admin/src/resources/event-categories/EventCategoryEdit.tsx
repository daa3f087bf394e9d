import { RecordEdit } from '../../common/RecordEdit';
import { RecordForm } from '../../common/RecordForm';
import { EventCategoryInputs } from './EventCategoryInputs';

export function EventCategoryEdit() {
  return (
    <RecordEdit>
      <RecordForm>
        <EventCategoryInputs />
      </RecordForm>
    </RecordEdit>
  );
}
