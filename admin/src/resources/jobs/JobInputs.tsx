import {
  AutocompleteArrayInput,
  AutocompleteInput,
  BooleanInput,
  DateTimeInput,
  Loading,
  ReferenceArrayInput,
  ReferenceInput,
  TextInput,
} from 'react-admin';
import { MarkupInput } from '../../common/markup/MarkupInput';
import { useFieldRules } from '../../generic/useFieldRules';
import { FormSection } from '../../common/FormSection';
import { JobStatusLine } from './JobStatusLine';

// Inactive categories and types stay on old jobs (the inputs still show them) but are not offered.
const offered = { active: true };
const byName = { field: 'name', order: 'ASC' } as const;

/** The job form shared by create and edit; every rule comes from the server's declaration of jobs. */
export function JobInputs() {
  const rules = useFieldRules('jobs');
  if (!rules) return <Loading />;
  return (
    <>
      <JobStatusLine />
      <FormSection title="Position" columns={2} first>
        <TextInput source="job_title" label="Job title" validate={rules('job_title')} />
        <ReferenceInput source="category_id" reference="job-categories" filter={offered} sort={byName}>
          <AutocompleteInput label="Category" validate={rules('category_id')} />
        </ReferenceInput>
        <ReferenceArrayInput source="job_type_ids" reference="job-types" filter={offered} sort={byName}>
          <AutocompleteArrayInput label="Job types" />
        </ReferenceArrayInput>
        <TextInput
          source="other_job_type"
          label="Other job type"
          validate={rules('other_job_type')}
          helperText="When none of the job types fits."
        />
      </FormSection>

      <FormSection title="Location" columns={3}>
        <TextInput source="city" validate={rules('city')} />
        <TextInput source="region" label="Region or state" validate={rules('region')} />
        <TextInput source="country" validate={rules('country')} />
        <BooleanInput source="telecommuting" label="Remote work possible" />
      </FormSection>

      <FormSection title="Company">
        <TextInput source="company_name" label="Company name" validate={rules('company_name')} />
        <MarkupInput source="company_description" typeSource="company_description_markup_type" label="About the company" />
      </FormSection>

      <FormSection title="The job">
        <MarkupInput source="description" typeSource="description_markup_type" label="Job description" />
        <MarkupInput source="requirements" typeSource="requirements_markup_type" label="Requirements" />
      </FormSection>

      <FormSection title="How to apply" columns={3}>
        <TextInput source="contact" label="Contact person" validate={rules('contact')} />
        <TextInput source="email" label="Contact email" type="email" validate={rules('email')} />
        <TextInput source="url" label="Job posting URL" validate={rules('url')} />
        <BooleanInput source="agencies" label="Recruiting agencies may get in touch" />
      </FormSection>

      <FormSection title="Publication" columns={2}>
        <BooleanInput source="is_featured" label="Featured on python.org/jobs" />
        <DateTimeInput
          source="expires"
          label="Expires"
          validate={rules('expires')}
          helperText="Approving a job without one sets it 90 days ahead."
        />
      </FormSection>
    </>
  );
}
