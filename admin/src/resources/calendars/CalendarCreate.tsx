import { RecordCreate } from '../../common/RecordCreate';
import { RecordForm } from '../../common/RecordForm';
import { CalendarInputs } from './CalendarInputs';

export function CalendarCreate() {
  return (
    <RecordCreate>
      <RecordForm>
        <CalendarInputs />
      </RecordForm>
    </RecordCreate>
  );
}
