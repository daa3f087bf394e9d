import { BooleanInput, Loading, TextInput } from 'react-admin';
import { SlugInput } from '../../../common/SlugInput';
import { useFieldRules } from '../../../generic/useFieldRules';

/** Name, slug and whether new jobs may use the entry; the server's length rules checked as the user types. */
export function JobLookupInputs({ plural }: { plural: string }) {
  const rules = useFieldRules();
  if (!rules) return <Loading />;
  return (
    <>
      <TextInput source="name" validate={rules('name')} />
      <SlugInput validate={rules('slug')} />
      <BooleanInput source="active" label="Offered for new jobs" helperText={`Inactive ${plural} stay on the jobs that use them.`} />
    </>
  );
}
