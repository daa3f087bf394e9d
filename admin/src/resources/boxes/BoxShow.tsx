import { DateField, EditButton, Labeled, ListButton, ReferenceField, Show, SimpleShowLayout, TextField, TopToolbar } from 'react-admin';
import { Box } from '@mui/material';
import { useAccess } from '../../api/permissions';
import { HistoryButton } from '../../common/HistoryButton';
import { MarkupField } from '../../common/markup/MarkupField';

/** A box as readers of the back office see it: its label and its text rendered as on python.org. */
export function BoxShow() {
  const { write } = useAccess('boxes');
  const actions = (
    <TopToolbar>
      <HistoryButton />
      {write && <EditButton />}
      <ListButton />
    </TopToolbar>
  );
  return (
    <Show actions={actions}>
      <SimpleShowLayout>
        <Box sx={{ display: 'flex', flexWrap: 'wrap', gap: 4 }}>
          <Labeled label="Label">
            <TextField source="label" sx={{ fontFamily: 'monospace' }} />
          </Labeled>
          <Labeled label="Last changed">
            <DateField source="updated" showTime />
          </Labeled>
          <Labeled label="By">
            <ReferenceField source="last_modified_by_id" reference="users" link={false} emptyText="—" />
          </Labeled>
        </Box>
        <Labeled label="Text" fullWidth>
          <MarkupField source="content" typeSource="content_markup_type" />
        </Labeled>
      </SimpleShowLayout>
    </Show>
  );
}
