import { Box } from '@mui/material';
import { AutocompleteInput, Loading, ReferenceInput } from 'react-admin';
import { useResourceMeta } from '../../api/meta';
import { NameAndSlugInputs } from '../../common/NameAndSlugInputs';
import { rulesFor } from '../../generic/validators';

/** A category of events (conference, sprint…) within a calendar. */
export function EventCategoryInputs() {
  const meta = useResourceMeta('event-categories');
  if (!meta) return <Loading />;
  const rulesOf = rulesFor(meta);
  return (
    <Box sx={{ width: '100%', maxWidth: 900 }}>
      <NameAndSlugInputs rules={rulesOf} noun="category" />
      <ReferenceInput source="calendar_id" reference="calendars" sort={{ field: 'name', order: 'ASC' }}>
        <AutocompleteInput label="Calendar" helperText="Events of this calendar can use the category." />
      </ReferenceInput>
    </Box>
  );
}
