import { AutocompleteInput, BooleanInput, DateTimeInput, Loading, ReferenceInput, SelectInput, TextInput } from 'react-admin';
import { useFieldRules } from '../../generic/useFieldRules';
import { localToInstant } from '../../generic/inputFor';
import { FormSection } from '../../common/FormSection';
import { releaseVersionChoices } from './releaseVersion';
import { SlugInput } from '../../common/SlugInput';
import { ReleaseTextSection } from './ReleaseTextSection';

/** A release's fields, shared by its create and edit screens; rules come from the server's declaration. */
export function ReleaseInputs({ create = false }: { create?: boolean }) {
  const rules = useFieldRules('releases', { create });
  if (!rules) return <Loading />;
  return (
    <>
      <FormSection title="Release" columns={2} first>
        <TextInput source="name" label="Name" validate={rules('name')} helperText="e.g. Python 3.14.1" fullWidth />
        <SlugInput
          label="Slug"
          validate={rules('slug')}
          fullWidth
          helperText={create ? undefined : 'Part of the public URL: /downloads/release/<slug>/.'}
        />
        <SelectInput
          source="version"
          label="Version"
          choices={releaseVersionChoices}
          validate={rules('version')}
          helperText="The series it belongs to."
          fullWidth
        />
        <DateTimeInput
          source="release_date"
          label="Release date"
          validate={rules('release_date')}
          parse={localToInstant}
          helperText="In your local time zone."
          fullWidth
        />
      </FormSection>
      <FormSection
        title="Visibility"
        columns={2}
        help={
          create
            ? 'Where the release appears on python.org. It is published from its own screen once its files are in, after the publishing checklist.'
            : 'Where the release appears on python.org once published (see “Publishing”).'
        }
      >
        <BooleanInput
          source="show_on_download_page"
          label="Listed on the downloads page"
          helperText="In the list of releases at python.org/downloads."
        />
        <BooleanInput
          source="is_latest"
          label="Latest of its version"
          helperText="The release the downloads page offers for this version; marking it unmarks the previous one."
        />
        <BooleanInput source="pre_release" label="Pre-release" helperText="An alpha, beta or release candidate." />
      </FormSection>
      <FormSection title="Release notes" columns={2}>
        <ReferenceInput source="release_page_id" reference="pages" sort={{ field: 'updated', order: 'DESC' }}>
          <AutocompleteInput
            label="Release page"
            validate={rules('release_page_id')}
            helperText="The CMS page that presents this release, if any."
            fullWidth
          />
        </ReferenceInput>
        <TextInput
          source="release_notes_url"
          label="Changelog URL"
          validate={rules('release_notes_url')}
          helperText="e.g. https://docs.python.org/release/3.14.1/whatsnew/changelog.html"
          fullWidth
        />
      </FormSection>
      <ReleaseTextSection expanded={create} />
    </>
  );
}
