import {
  BooleanField,
  ChipField,
  DateField,
  EmailField,
  ReferenceArrayField,
  ReferenceField,
  Show,
  SimpleShowLayout,
  SingleFieldList,
  TextField,
  UrlField,
} from 'react-admin';
import { ShowActions } from '../../common/ShowActions';
import { MarkupField } from '../../common/markup/MarkupField';
import { JobLocationField } from './JobLocationField';
import { JobPostedField } from './JobPostedField';
import { JobStatusChip } from './JobStatusChip';

/** A job as its readers need it (those who may not moderate it): texts rendered as python.org shows them. */
export function JobShow() {
  return (
    <Show actions={<ShowActions />}>
      <SimpleShowLayout>
        <JobStatusChip label="Status" />
        <TextField source="job_title" label="Job title" />
        <TextField source="company_name" label="Company" />
        <JobLocationField label="Location" />
        <ReferenceField source="category_id" reference="job-categories" label="Category" link={false} />
        <ReferenceArrayField source="job_type_ids" reference="job-types" label="Job types" sortable={false}>
          <SingleFieldList linkType={false} empty={<span>—</span>}>
            <ChipField source="name" size="small" />
          </SingleFieldList>
        </ReferenceArrayField>
        <TextField source="other_job_type" label="Other job type" emptyText="—" />
        <MarkupField source="company_description" typeSource="company_description_markup_type" label="About the company" />
        <MarkupField source="description" typeSource="description_markup_type" label="Job description" />
        <MarkupField source="requirements" typeSource="requirements_markup_type" label="Requirements" />
        <TextField source="contact" label="Contact person" emptyText="—" />
        <EmailField source="email" label="Contact email" />
        <UrlField source="url" label="Job posting URL" target="_blank" rel="noopener noreferrer" />
        <BooleanField source="agencies" label="Recruiting agencies may get in touch" />
        <BooleanField source="is_featured" label="Featured on python.org/jobs" />
        <JobPostedField label="Posted" />
        <DateField source="expires" label="Expires" showTime emptyText="—" />
        <ReferenceField source="submitted_by_id" reference="users" label="Submitted by" link={false} emptyText="—" />
      </SimpleShowLayout>
    </Show>
  );
}
