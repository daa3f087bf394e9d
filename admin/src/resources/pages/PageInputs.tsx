import { Box, Typography } from '@mui/material';
import { BooleanInput, Loading, TextInput } from 'react-admin';
import { MarkupInput } from '../../common/markup/MarkupInput';
import { useFieldRules } from '../../generic/useFieldRules';
import { PagePathInput } from './PagePathInput';

const heading = (title: string) => (
  <Typography variant="subtitle1" component="h2" sx={{ fontWeight: 600, mt: 3, mb: 1 }}>
    {title}
  </Typography>
);

/** A CMS page's fields, shared by the create and edit screens. */
export function PageInputs() {
  const rules = useFieldRules('pages');
  if (!rules) return <Loading />;
  return (
    <>
      <TextInput source="title" label="Title" validate={rules('title')} fullWidth />
      <Box sx={{ display: 'flex', flexWrap: 'wrap', columnGap: 3, alignItems: 'flex-start', width: '100%' }}>
        <Box sx={{ flex: '1 1 420px' }}>
          <PagePathInput validate={rules('path')} />
        </Box>
        {/* The server's default: a page is public unless switched off here. */}
        <BooleanInput
          source="is_published"
          label="Published"
          defaultValue={true}
          helperText="Off keeps the page as a draft, hidden from the site."
          sx={{ mt: 1 }}
        />
      </Box>

      {heading('Content')}
      <MarkupInput source="content" typeSource="content_markup_type" label="Text" />

      {heading('Search engines')}
      <TextInput
        source="keywords"
        label="Keywords"
        validate={rules('keywords')}
        helperText="Comma-separated, for the page's meta keywords."
        fullWidth
      />
      <TextInput
        source="description"
        label="Description"
        validate={rules('description')}
        helperText="One or two sentences for search results (the meta description)."
        multiline
        minRows={2}
        fullWidth
      />

      {heading('Rendering')}
      <Box sx={{ display: 'flex', flexWrap: 'wrap', columnGap: 2, width: '100%' }}>
        <TextInput
          source="template_name"
          label="Template"
          validate={rules('template_name')}
          helperText="e.g. pages/about.html; empty uses pages/default.html."
          sx={{ flex: '1 1 320px' }}
        />
        <TextInput
          source="content_type"
          label="Content type"
          validate={rules('content_type')}
          defaultValue="text/html"
          helperText="The MIME type the page is served with; almost always text/html."
          sx={{ flex: '1 1 320px' }}
        />
      </Box>
    </>
  );
}
