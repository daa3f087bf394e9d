import { BooleanField, DateField, EditButton, Labeled, ListButton, ReferenceField, Show, SimpleShowLayout, TextField, TopToolbar } from 'react-admin';
import { Box } from '@mui/material';
import { useAccess } from '../../api/permissions';
import { HistoryButton } from '../../common/HistoryButton';
import { MarkupField } from '../../common/markup/MarkupField';

/** A page as readers of the back office see it: its settings, and its text rendered as on python.org. */
export function PageShow() {
  const { write } = useAccess('pages');
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
        <TextField source="title" label="Title" />
        <Box sx={{ display: 'flex', flexWrap: 'wrap', gap: 4 }}>
          <Labeled label="Path">
            <TextField source="path" sx={{ fontFamily: 'monospace' }} />
          </Labeled>
          <Labeled label="Published">
            <BooleanField source="is_published" />
          </Labeled>
          <Labeled label="Template">
            <TextField source="template_name" emptyText="Default (pages/default.html)" />
          </Labeled>
          <Labeled label="Last changed">
            <DateField source="updated" showTime />
          </Labeled>
          <Labeled label="By">
            <ReferenceField source="last_modified_by_id" reference="users" link={false} emptyText="—" />
          </Labeled>
        </Box>
        <TextField source="description" label="Description" emptyText="—" />
        <Labeled label="Content" fullWidth>
          <MarkupField source="content" typeSource="content_markup_type" />
        </Labeled>
      </SimpleShowLayout>
    </Show>
  );
}
