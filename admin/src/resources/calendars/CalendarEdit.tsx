import { RecordEdit } from '../../common/RecordEdit';
import { RecordForm } from '../../common/RecordForm';
import { CalendarInputs } from './CalendarInputs';

export function CalendarEdit() {
  return (
    <RecordEdit>
      <RecordForm>
        <CalendarInputs />
      </RecordForm>
    </RecordEdit>
  );
}
