import { Box } from '@mui/material';
import { Loading, TextInput } from 'react-admin';
import { NameAndSlugInputs } from '../../common/NameAndSlugInputs';
import { useFieldRules } from '../../generic/useFieldRules';

/** A calendar's name and address on python.org, and the feeds it is imported from or shared through. */
export function CalendarInputs() {
  const rules = useFieldRules('calendars');
  if (!rules) return <Loading />;
  return (
    <Box sx={{ width: '100%', maxWidth: 900 }}>
      <NameAndSlugInputs rules={rules} noun="calendar" />
      <TextInput source="description" validate={rules('description')} fullWidth />
      <TextInput
        source="url"
        label="iCal feed URL"
        validate={rules('url')}
        fullWidth
        helperText="Where the calendar's events are imported from, if anywhere."
      />
      <TextInput source="rss" label="RSS feed URL" validate={rules('rss')} fullWidth />
      <TextInput
        source="embed"
        label="Embed URL"
        validate={rules('embed')}
        fullWidth
        helperText="A page that shows this calendar, for embedding."
      />
      <TextInput source="twitter" label="Twitter / X" validate={rules('twitter')} fullWidth />
    </Box>
  );
}
