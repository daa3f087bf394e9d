import { Divider } from '@mui/material';
import { RecordEdit } from '../../common/RecordEdit';
import { RecordForm } from '../../common/RecordForm';
import { EventInputs } from './EventInputs';
import { EventSchedule } from './EventSchedule';

/** The event's form, then its dates: each date is a record of its own, saved from its dialog. */
export function EventEdit() {
  return (
    <RecordEdit>
      <RecordForm>
        <EventInputs />
      </RecordForm>
      <Divider sx={{ mb: 2 }} />
      <EventSchedule />
    </RecordEdit>
  );
}
