import { Box } from '@mui/material';
import { AutocompleteInput, Loading, ReferenceInput, TextInput } from 'react-admin';
import { useFieldRules } from '../../generic/useFieldRules';

/** A venue: the calendar whose events use it, and where it is. */
export function EventLocationInputs() {
  const rules = useFieldRules('event-locations');
  if (!rules) return <Loading />;
  return (
    <Box sx={{ width: '100%', maxWidth: 900 }}>
      <TextInput source="name" validate={rules('name')} fullWidth />
      <ReferenceInput source="calendar_id" reference="calendars" sort={{ field: 'name', order: 'ASC' }}>
        <AutocompleteInput label="Calendar" helperText="Events of this calendar can choose the venue." />
      </ReferenceInput>
      <TextInput source="address" validate={rules('address')} fullWidth />
      <TextInput source="url" label="Website" validate={rules('url')} fullWidth />
    </Box>
  );
}
