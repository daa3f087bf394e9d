import { Loading, TextInput } from 'react-admin';
import { useFieldRules } from '../../generic/useFieldRules';

/** An operating system's name and slug, shared by its create and edit screens. */
export function OperatingSystemInputs() {
  const rules = useFieldRules('operating-systems');
  if (!rules) return <Loading />;
  return (
    <>
      <TextInput
        source="name"
        label="Name"
        validate={rules('name')}
        helperText="As the downloads page shows it, e.g. macOS."
        sx={{ maxWidth: 480 }}
        fullWidth
      />
      <TextInput
        source="slug"
        label="Slug"
        validate={rules('slug')}
        helperText="Used in download URLs (/downloads/macos/) and by release scripts; change with care."
        sx={{ maxWidth: 480 }}
        fullWidth
      />
    </>
  );
}
