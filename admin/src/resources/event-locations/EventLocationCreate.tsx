import { RecordCreate } from '../../common/RecordCreate';
import { RecordForm } from '../../common/RecordForm';
import { EventLocationInputs } from './EventLocationInputs';

export function EventLocationCreate() {
  return (
    <RecordCreate>
      <RecordForm>
        <EventLocationInputs />
      </RecordForm>
    </RecordCreate>
  );
}
