import { Loading, TextInput } from 'react-admin';
import { useResourceMeta } from '../../api/meta';
import { MarkupInput } from '../../common/markup/MarkupInput';
import { validatorsFor } from '../../generic/validators';

/** A box's label and text, shared by the create and edit screens. */
export function BoxInputs() {
  const meta = useResourceMeta('boxes');
  if (!meta) return <Loading />;
  const label = meta.fields.find((f) => f.name === 'label');
  return (
    <>
      <TextInput
        source="label"
        label="Label"
        validate={label ? validatorsFor(label) : undefined}
        helperText="Templates include the box by this name (e.g. homepage-downloads): renaming it detaches it from the site."
        fullWidth
        sx={{ maxWidth: 640, '& input': { fontFamily: 'monospace' } }}
      />
      <MarkupInput source="content" typeSource="content_markup_type" label="Text" />
    </>
  );
}
