import {
  AutocompleteArrayInput,
  AutocompleteInput,
  NullableBooleanInput,
  ReferenceArrayInput,
  ReferenceInput,
  SearchInput,
  SelectInput,
  TextInput,
} from 'react-admin';
import { JOB_STATUSES } from '../../../../server/domain/enums';

/** What moderators narrow the job list by; the search covers title, company and description. */
export const jobFilters = [
  <SearchInput key="q" source="q" alwaysOn placeholder="Search title, company, text" />,
  <SelectInput key="status" source="status" label="Status" choices={JOB_STATUSES} />,
  <ReferenceInput key="category_id" source="category_id" reference="job-categories" sort={{ field: 'name', order: 'ASC' }}>
    <AutocompleteInput label="Category" />
  </ReferenceInput>,
  <ReferenceArrayInput key="job_type_ids" source="job_type_ids" reference="job-types" sort={{ field: 'name', order: 'ASC' }}>
    <AutocompleteArrayInput label="Job types (any of)" sx={{ minWidth: 240 }} />
  </ReferenceArrayInput>,
  <NullableBooleanInput key="telecommuting" source="telecommuting" label="Remote work" />,
  <NullableBooleanInput key="is_featured" source="is_featured" label="Featured" />,
  // Countries are typed freely by posters, so "contains" finds "Germany" and "germany" alike.
  <TextInput key="country_like" source="country_like" label="Country" />,
];
