import { BooleanField, Labeled, Show, SimpleShowLayout, TextField } from 'react-admin';
import { Box } from '@mui/material';
import { LastChangedFields } from '../../common/LastChangedFields';
import { ShowActions } from '../../common/ShowActions';
import { MarkupField } from '../../common/markup/MarkupField';

/** A page as readers of the back office see it: its settings, and its text rendered as on python.org. */
export function PageShow() {
  return (
    <Show actions={<ShowActions />}>
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
          <LastChangedFields />
        </Box>
        <TextField source="description" label="Description" emptyText="—" />
        <Labeled label="Content" fullWidth>
          <MarkupField source="content" typeSource="content_markup_type" />
        </Labeled>
      </SimpleShowLayout>
    </Show>
  );
}
