import { AutocompleteInput, BooleanInput, DateTimeInput, Loading, ReferenceInput, SelectInput, TextInput } from 'react-admin';
import { useResourceMeta } from '../../api/meta';
import { validatorsFor } from '../../generic/validators';
import { FormSection } from '../release-files/FormSection';
import { releaseVersionChoices } from './releaseVersion';
import { ReleaseSlugInput } from './ReleaseSlugInput';
import { ReleaseTextSection } from './ReleaseTextSection';

/** The browser's "2026-10-01T12:00" is local time; the API wants an instant with its zone. */
const localToInstant = (value: string) => (value ? new Date(value).toISOString() : null);

/** A release's fields, shared by its create and edit screens; rules come from the server's declaration. */
export function ReleaseInputs({ create = false }: { create?: boolean }) {
  const meta = useResourceMeta('releases');
  if (!meta) return <Loading />;
  const rules = (name: string) => {
    const field = meta.fields.find((f) => f.name === name);
    return field ? validatorsFor(field, { create }) : undefined;
  };
  return (
    <>
      <FormSection title="Release" first>
        <TextInput source="name" label="Name" validate={rules('name')} helperText="e.g. Python 3.14.1" fullWidth />
        <ReleaseSlugInput validate={rules('slug')} />
        <SelectInput source="version" label="Version" choices={releaseVersionChoices} validate={rules('version')} helperText="The series it belongs to." fullWidth />
        <DateTimeInput source="release_date" label="Release date" validate={rules('release_date')} parse={localToInstant} helperText="In your local time zone." fullWidth />
      </FormSection>
      <FormSection title="Visibility" description="Where the release appears on python.org.">
        <BooleanInput source="is_published" label="Published" helperText="Visible on python.org." />
        <BooleanInput source="show_on_download_page" label="Listed on the downloads page" helperText="In the list of releases at python.org/downloads." />
        <BooleanInput source="is_latest" label="Latest of its version" helperText="The release the downloads page offers for this version; marking it unmarks the previous one." />
        <BooleanInput source="pre_release" label="Pre-release" helperText="An alpha, beta or release candidate." />
      </FormSection>
      <FormSection title="Release notes">
        <ReferenceInput source="release_page_id" reference="pages" sort={{ field: 'updated', order: 'DESC' }}>
          <AutocompleteInput label="Release page" validate={rules('release_page_id')} helperText="The CMS page that presents this release, if any." fullWidth />
        </ReferenceInput>
        <TextInput source="release_notes_url" label="Changelog URL" validate={rules('release_notes_url')} helperText="e.g. https://docs.python.org/release/3.14.1/whatsnew/changelog.html" fullWidth />
      </FormSection>
      <ReleaseTextSection expanded={create} />
    </>
  );
}
