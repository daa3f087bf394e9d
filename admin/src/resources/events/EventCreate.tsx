import { Typography } from '@mui/material';
import { RecordCreate } from '../../common/RecordCreate';
import { RecordForm } from '../../common/RecordForm';
import { EventInputs } from './EventInputs';

/** A new event; its dates are added on the edit screen it lands on after saving. */
export function EventCreate() {
  return (
    <RecordCreate>
      <RecordForm defaultValues={{ featured: false, description_markup_type: 'rst', category_ids: [] }}>
        <EventInputs />
        <Typography variant="body2" color="text.secondary" sx={{ mt: 1 }}>
          Dates are added after saving, in the “When” section of the event.
        </Typography>
      </RecordForm>
    </RecordCreate>
  );
}
