import { Box } from '@mui/material';
import { AutocompleteInput, Loading, ReferenceInput } from 'react-admin';
import { NameAndSlugInputs } from '../../common/NameAndSlugInputs';
import { useFieldRules } from '../../generic/useFieldRules';

/** A category of events (conference, sprint…) within a calendar. */
export function EventCategoryInputs() {
  const rules = useFieldRules('event-categories');
  if (!rules) return <Loading />;
  return (
    <Box sx={{ width: '100%', maxWidth: 900 }}>
      <NameAndSlugInputs rules={rules} noun="category" />
      <ReferenceInput source="calendar_id" reference="calendars" sort={{ field: 'name', order: 'ASC' }}>
        <AutocompleteInput label="Calendar" helperText="Events of this calendar can use the category." />
      </ReferenceInput>
    </Box>
  );
}
