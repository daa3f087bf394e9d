import { BooleanInput, Loading, TextInput, useResourceContext } from 'react-admin';
import { useResourceMeta } from '../../../api/meta';
import { SlugInput } from '../../../common/SlugInput';
import { rulesFor } from '../../../generic/validators';

/** Name, slug and whether new jobs may use the entry; the server's length rules checked as the user types. */
export function JobLookupInputs({ plural }: { plural: string }) {
  const meta = useResourceMeta(useResourceContext() ?? '');
  if (!meta) return <Loading />;
  const rules = rulesFor(meta);
  return (
    <>
      <TextInput source="name" validate={rules('name')} />
      <SlugInput validate={rules('slug')} />
      <BooleanInput source="active" label="Offered for new jobs" helperText={`Inactive ${plural} stay on the jobs that use them.`} />
    </>
  );
}
