import { Box, Divider } from '@mui/material';
import { BooleanField, DateField, FunctionField, Labeled, ReferenceField, Show, TextField, UrlField } from 'react-admin';
import { ShowActions } from '../../common/ShowActions';
import { MarkupField } from '../../common/markup/MarkupField';
import { ReleaseFiles } from './ReleaseFiles';
import { ReleasePublishPanel } from './ReleasePublishPanel';
import { releaseVersionLabel } from './releaseVersion';

const grid = {
  display: 'grid',
  gridTemplateColumns: { xs: '1fr', sm: 'repeat(2, minmax(0, 1fr))', lg: 'repeat(4, minmax(0, 1fr))' },
  gap: 2,
  p: 2,
};

/** A release as people without the release manager role see it: its fields, its files and its checklist, read-only. */
export function ReleaseShow() {
  return (
    <Show actions={<ShowActions />} aside={<ReleasePublishPanel />} sx={{ '& .RaShow-main': { flexWrap: { xs: 'wrap', lg: 'nowrap' } } }}>
      <Box sx={grid}>
        <Labeled label="Name">
          <TextField source="name" />
        </Labeled>
        <Labeled label="Slug">
          <TextField source="slug" />
        </Labeled>
        <Labeled label="Version">
          <FunctionField render={(record) => releaseVersionLabel(record.version)} />
        </Labeled>
        <Labeled label="Release date">
          <DateField source="release_date" showTime />
        </Labeled>
        <Labeled label="Published">
          <BooleanField source="is_published" />
        </Labeled>
        <Labeled label="Listed on the downloads page">
          <BooleanField source="show_on_download_page" />
        </Labeled>
        <Labeled label="Latest of its version">
          <BooleanField source="is_latest" />
        </Labeled>
        <Labeled label="Pre-release">
          <BooleanField source="pre_release" />
        </Labeled>
        <Labeled label="Release page">
          <ReferenceField source="release_page_id" reference="pages" link="show" emptyText="—" />
        </Labeled>
        <Box sx={{ gridColumn: { lg: 'span 3' } }}>
          <Labeled label="Changelog URL">
            <UrlField source="release_notes_url" target="_blank" rel="noopener" emptyText="—" />
          </Labeled>
        </Box>
        <Box sx={{ gridColumn: '1 / -1' }}>
          <Labeled label="Text" fullWidth>
            <MarkupField source="content" typeSource="content_markup_type" />
          </Labeled>
        </Box>
      </Box>
      <Divider />
      <ReleaseFiles />
    </Show>
  );
}
