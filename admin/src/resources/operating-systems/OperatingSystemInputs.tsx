import { Loading, TextInput } from 'react-admin';
import { useResourceMeta } from '../../api/meta';
import { rulesFor } from '../../generic/validators';

/** An operating system's name and slug, shared by its create and edit screens. */
export function OperatingSystemInputs() {
  const meta = useResourceMeta('operating-systems');
  if (!meta) return <Loading />;
  const rules = rulesFor(meta);
  return (
    <>
      <TextInput source="name" label="Name" validate={rules('name')} helperText="As the downloads page shows it, e.g. macOS." sx={{ maxWidth: 480 }} fullWidth />
      <TextInput source="slug" label="Slug" validate={rules('slug')} helperText="Used in download URLs (/downloads/macos/) and by release scripts; change with care." sx={{ maxWidth: 480 }} fullWidth />
    </>
  );
}
