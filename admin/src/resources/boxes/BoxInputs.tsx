import { Loading, TextInput } from 'react-admin';
import { MarkupInput } from '../../common/markup/MarkupInput';
import { useFieldRules } from '../../generic/useFieldRules';

/** A box's label and text, shared by the create and edit screens. */
export function BoxInputs() {
  const rules = useFieldRules('boxes');
  if (!rules) return <Loading />;
  return (
    <>
      <TextInput
        source="label"
        label="Label"
        validate={rules('label')}
        helperText="Templates include the box by this name (e.g. homepage-downloads): renaming it detaches it from the site."
        fullWidth
        sx={{ maxWidth: 640, '& input': { fontFamily: 'monospace' } }}
      />
      <MarkupInput source="content" typeSource="content_markup_type" label="Text" />
    </>
  );
}
