import { RecordEdit } from '../../common/RecordEdit';
import { RecordForm } from '../../common/RecordForm';
import { EventLocationInputs } from './EventLocationInputs';

export function EventLocationEdit() {
  return (
    <RecordEdit>
      <RecordForm>
        <EventLocationInputs />
      </RecordForm>
    </RecordEdit>
  );
}
