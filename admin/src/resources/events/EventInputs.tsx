import { Box } from '@mui/material';
import {
  AutocompleteArrayInput,
  AutocompleteInput,
  BooleanInput,
  Loading,
  ReferenceArrayInput,
  ReferenceInput,
  TextInput,
} from 'react-admin';
import { useWatch } from 'react-hook-form';
import { MarkupInput } from '../../common/markup/MarkupInput';
import { useFieldRules } from '../../generic/useFieldRules';
import { RemovedAtSource } from './RemovedAtSource';

/**
 * What an event is and where: shared by create and edit. Venues and categories belong to a
 * calendar, so once one is chosen only its own are offered (an existing choice still shows).
 */
export function EventInputs() {
  const rules = useFieldRules('events');
  const calendarId = useWatch({ name: 'calendar_id' }) as number | null | undefined;
  if (!rules) return <Loading />;
  const byCalendar = calendarId ? { calendar_id: calendarId } : {};
  return (
    <Box sx={{ width: '100%' }}>
      <TextInput source="title" validate={rules('title')} fullWidth />
      <Box sx={{ display: 'grid', gridTemplateColumns: { xs: '1fr', md: 'repeat(3, minmax(0, 1fr))' }, gap: { md: 2 } }}>
        <ReferenceInput source="calendar_id" reference="calendars" sort={{ field: 'name', order: 'ASC' }}>
          <AutocompleteInput label="Calendar" validate={rules('calendar_id')} />
        </ReferenceInput>
        <ReferenceInput source="venue_id" reference="event-locations" filter={byCalendar} sort={{ field: 'name', order: 'ASC' }}>
          <AutocompleteInput
            label="Venue"
            helperText={calendarId ? 'Venues of the chosen calendar.' : 'Choose a calendar to narrow the list.'}
          />
        </ReferenceInput>
        <ReferenceArrayInput source="category_ids" reference="event-categories" filter={byCalendar} sort={{ field: 'name', order: 'ASC' }}>
          <AutocompleteArrayInput label="Categories" helperText={calendarId ? 'Categories of the chosen calendar.' : false} />
        </ReferenceArrayInput>
      </Box>
      <BooleanInput source="featured" helperText="Featured events are highlighted on python.org's home page." />
      <BooleanInput
        source="is_published"
        label="Published"
        defaultValue={true}
        helperText="Off hides the event from python.org's calendars. The feed import turns it off for events cancelled or gone at the source."
      />
      <RemovedAtSource />
      <MarkupInput source="description" typeSource="description_markup_type" />
    </Box>
  );
}
