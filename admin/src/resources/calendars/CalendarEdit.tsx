import { RecordEdit } from '../../common/RecordEdit';
import { RecordForm } from '../../common/RecordForm';
import { FeedImport } from '../../common/FeedImport';
import { CalendarInputs } from './CalendarInputs';

/** A calendar's settings, then its import: Import now and the last run's report. */
export function CalendarEdit() {
  return (
    <RecordEdit>
      <RecordForm>
        <CalendarInputs />
      </RecordForm>
      <FeedImport resource="calendars" urlSource="url" />
    </RecordEdit>
  );
}
