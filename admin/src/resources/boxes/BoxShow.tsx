import { Labeled, Show, SimpleShowLayout, TextField } from 'react-admin';
import { Box } from '@mui/material';
import { LastChangedFields } from '../../common/LastChangedFields';
import { ShowActions } from '../../common/ShowActions';
import { MarkupField } from '../../common/markup/MarkupField';

/** A box as readers of the back office see it: its label and its text rendered as on python.org. */
export function BoxShow() {
  return (
    <Show actions={<ShowActions />}>
      <SimpleShowLayout>
        <Box sx={{ display: 'flex', flexWrap: 'wrap', gap: 4 }}>
          <Labeled label="Label">
            <TextField source="label" sx={{ fontFamily: 'monospace' }} />
          </Labeled>
          <LastChangedFields />
        </Box>
        <Labeled label="Text" fullWidth>
          <MarkupField source="content" typeSource="content_markup_type" />
        </Labeled>
      </SimpleShowLayout>
    </Show>
  );
}
