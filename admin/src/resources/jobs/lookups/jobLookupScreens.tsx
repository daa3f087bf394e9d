import { GenericShow } from '../../../generic/GenericShow';
import { JobLookupCreate } from './JobLookupCreate';
import { JobLookupEdit } from './JobLookupEdit';
import { JobLookupList } from './JobLookupList';

/**
 * The screens of a table of names jobs are filed under (categories, types): the same columns
 * (name, slug, active) and the same rules, told apart by the resource they are registered for.
 */
export function jobLookupScreens({ jobsTarget, plural }: { jobsTarget: string; plural: string }) {
  return {
    list: () => <JobLookupList jobsTarget={jobsTarget} />,
    create: () => <JobLookupCreate plural={plural} />,
    edit: () => <JobLookupEdit plural={plural} />,
    show: GenericShow,
    recordRepresentation: 'name',
  };
}
