import { Box } from '@mui/material';
import { AutocompleteInput, Loading, ReferenceInput, TextInput } from 'react-admin';
import { useResourceMeta } from '../../api/meta';
import { rulesFor } from '../../generic/validators';

/** A venue: the calendar whose events use it, and where it is. */
export function EventLocationInputs() {
  const meta = useResourceMeta('event-locations');
  if (!meta) return <Loading />;
  const rulesOf = rulesFor(meta);
  return (
    <Box sx={{ width: '100%', maxWidth: 900 }}>
      <TextInput source="name" validate={rulesOf('name')} fullWidth />
      <ReferenceInput source="calendar_id" reference="calendars" sort={{ field: 'name', order: 'ASC' }}>
        <AutocompleteInput label="Calendar" helperText="Events of this calendar can choose the venue." />
      </ReferenceInput>
      <TextInput source="address" validate={rulesOf('address')} fullWidth />
      <TextInput source="url" label="Website" validate={rulesOf('url')} fullWidth />
    </Box>
  );
}
