import { BooleanInput, Loading, TextInput } from 'react-admin';
import { useResourceMeta } from '../../api/meta';
import { rulesFor } from '../../generic/validators';
import { SlugInput } from '../../common/SlugInput';

/** Name, slug and whether new jobs may use the category; the server's length rules checked as the user types. */
export function JobCategoryInputs() {
  const meta = useResourceMeta('job-categories');
  if (!meta) return <Loading />;
  const rules = rulesFor(meta);
  return (
    <>
      <TextInput source="name" validate={rules('name')} />
      <SlugInput validate={rules('slug')} />
      <BooleanInput source="active" label="Offered for new jobs" helperText="Inactive categories stay on the jobs that use them." />
    </>
  );
}
