import { Box } from '@mui/material';
import { AutocompleteInput, Loading, ReferenceInput, TextInput } from 'react-admin';
import { useResourceMeta } from '../../api/meta';
import { rulesFor } from '../../generic/validators';

/** A category of events (conference, sprint…) within a calendar. */
export function EventCategoryInputs() {
  const meta = useResourceMeta('event-categories');
  if (!meta) return <Loading />;
  const rulesOf = rulesFor(meta);
  return (
    <Box sx={{ width: '100%', maxWidth: 900 }}>
      <Box sx={{ display: 'grid', gridTemplateColumns: { xs: '1fr', md: '1fr 1fr' }, gap: { md: 2 } }}>
        <TextInput source="name" validate={rulesOf('name')} />
        <TextInput source="slug" validate={rulesOf('slug')} helperText="Identifies the category in python.org addresses; unique." />
      </Box>
      <ReferenceInput source="calendar_id" reference="calendars" sort={{ field: 'name', order: 'ASC' }}>
        <AutocompleteInput label="Calendar" helperText="Events of this calendar can use the category." />
      </ReferenceInput>
    </Box>
  );
}
