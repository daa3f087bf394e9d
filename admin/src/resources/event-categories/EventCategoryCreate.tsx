import { RecordCreate } from '../../common/RecordCreate';
import { RecordForm } from '../../common/RecordForm';
import { EventCategoryInputs } from './EventCategoryInputs';

export function EventCategoryCreate() {
  return (
    <RecordCreate>
      <RecordForm>
        <EventCategoryInputs />
      </RecordForm>
    </RecordCreate>
  );
}
