import { Labeled, Loading, TextField, TextInput } from 'react-admin';
import { useFieldRules } from '../../generic/useFieldRules';

/** The slug is shown, not edited: it is what the code checks. */
export function RoleInputs() {
  const rules = useFieldRules('roles');
  if (!rules) return <Loading />;
  return (
    <>
      <Labeled label="Slug">
        <TextField source="slug" sx={{ fontFamily: 'monospace' }} />
      </Labeled>
      <TextInput
        source="name"
        validate={rules('name')}
        sx={{ maxWidth: 480 }}
        fullWidth
        helperText="Shown on user records and in the user list."
      />
      <TextInput
        source="description"
        multiline
        minRows={2}
        fullWidth
        sx={{ maxWidth: 760 }}
        validate={rules('description')}
        helperText="What holders of this role may change, in a sentence."
      />
    </>
  );
}
