import { Labeled, Loading, TextField, TextInput } from 'react-admin';
import { useResourceMeta } from '../../api/meta';
import { rulesFor } from '../../generic/validators';

/** The slug is shown, not edited: it is what the code checks. */
export function RoleInputs() {
  const meta = useResourceMeta('roles');
  if (!meta) return <Loading />;
  const rules = rulesFor(meta);
  return (
    <>
      <Labeled label="Slug">
        <TextField source="slug" sx={{ fontFamily: 'monospace' }} />
      </Labeled>
      <TextInput source="name" validate={rules('name')} sx={{ maxWidth: 480 }} fullWidth helperText="Shown on user records and in the user list." />
      <TextInput source="description" multiline minRows={2} fullWidth sx={{ maxWidth: 760 }} validate={rules('description')} helperText="What holders of this role may change, in a sentence." />
    </>
  );
}
