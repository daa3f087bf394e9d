import { Box } from '@mui/material';
import { TextInput, type Validator } from 'react-admin';

/**
 * Name and slug side by side, each checked against the resource's rules. The slug is typed, not
 * derived from the name (that is SlugInput); it is unique and appears in python.org addresses.
 */
export function NameAndSlugInputs({ rules, noun }: { rules: (name: string) => Validator[]; noun: string }) {
  return (
    <Box sx={{ display: 'grid', gridTemplateColumns: { xs: '1fr', md: '1fr 1fr' }, gap: { md: 2 } }}>
      <TextInput source="name" validate={rules('name')} />
      <TextInput source="slug" validate={rules('slug')} helperText={`Identifies the ${noun} in python.org addresses; unique.`} />
    </Box>
  );
}
