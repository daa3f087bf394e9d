import { Box } from '@mui/material';
import { Loading, TextInput } from 'react-admin';
import { useResourceMeta } from '../../api/meta';
import { NameAndSlugInputs } from '../../common/NameAndSlugInputs';
import { rulesFor } from '../../generic/validators';

/** A calendar's name and address on python.org, and the feeds it is imported from or shared through. */
export function CalendarInputs() {
  const meta = useResourceMeta('calendars');
  if (!meta) return <Loading />;
  const rulesOf = rulesFor(meta);
  return (
    <Box sx={{ width: '100%', maxWidth: 900 }}>
      <NameAndSlugInputs rules={rulesOf} noun="calendar" />
      <TextInput source="description" validate={rulesOf('description')} fullWidth />
      <TextInput source="url" label="iCal feed URL" validate={rulesOf('url')} fullWidth helperText="Where the calendar's events are imported from, if anywhere." />
      <TextInput source="rss" label="RSS feed URL" validate={rulesOf('rss')} fullWidth />
      <TextInput source="embed" label="Embed URL" validate={rulesOf('embed')} fullWidth helperText="A page that shows this calendar, for embedding." />
      <TextInput source="twitter" label="Twitter / X" validate={rulesOf('twitter')} fullWidth />
    </Box>
  );
}
