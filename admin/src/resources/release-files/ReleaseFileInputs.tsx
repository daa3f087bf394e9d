import { AutocompleteInput, BooleanInput, Loading, ReferenceInput, SelectInput, TextInput } from 'react-admin';
import { useFieldRules } from '../../generic/useFieldRules';
import { FileSizeInput } from './FileSizeInput';
import { FormSection } from '../../common/FormSection';

const URL_HINT = 'Empty, or a https://www.python.org/ address.';
const monospace = { '& input': { fontFamily: 'monospace' } };

/**
 * The fields of a release file, shared by its create and edit screens and the quick-edit dialog of a
 * release. Rules (python.org URLs, checksum forms, lengths) come from the server's declaration.
 */
export function ReleaseFileInputs({ withRelease = true }: { withRelease?: boolean }) {
  const rules = useFieldRules('release-files');
  if (!rules) return <Loading />;
  const url = (source: string, label: string) => (
    <TextInput key={source} source={source} label={label} validate={rules(source)} helperText={URL_HINT} className="wide" fullWidth />
  );
  return (
    <>
      <FormSection title="Artifact" columns={2} help="What people download, and where it appears on the downloads page." first>
        <TextInput
          source="name"
          label="Name"
          validate={rules('name')}
          helperText="As listed on the release page, e.g. Windows installer (64-bit)."
          fullWidth
        />
        <TextInput
          source="slug"
          label="Slug"
          validate={rules('slug')}
          helperText="Unique among all files, e.g. python-3140-amd64-exe."
          fullWidth
        />
        <TextInput
          source="url"
          label="File URL"
          validate={rules('url')}
          helperText="Where the file is served: https://www.python.org/ftp/python/…"
          className="wide"
          fullWidth
        />
        {withRelease && (
          <ReferenceInput source="release_id" reference="releases" sort={{ field: 'release_date', order: 'DESC' }}>
            <AutocompleteInput label="Release" validate={rules('release_id')} fullWidth />
          </ReferenceInput>
        )}
        <ReferenceInput source="os_id" reference="operating-systems" sort={{ field: 'name', order: 'ASC' }} perPage={100}>
          <SelectInput label="Operating system" validate={rules('os_id')} optionText="name" fullWidth />
        </ReferenceInput>
        <FileSizeInput validate={rules('filesize')} />
        {withRelease && <div />}
        <BooleanInput
          source="download_button"
          label="Download button"
          helperText="The file the big download button offers for this operating system (one per OS)."
        />
        <BooleanInput source="is_source" label="Source distribution" helperText="A source tarball rather than a binary installer." />
        <TextInput
          source="description"
          label="Description"
          validate={rules('description')}
          multiline
          minRows={2}
          helperText="Optional note shown next to the file."
          className="wide"
          fullWidth
        />
      </FormSection>
      <FormSection
        title="Signatures"
        columns={2}
        help="Detached signatures, certificate and software bill of materials published next to the file."
      >
        {url('gpg_signature_file', 'GPG signature URL')}
        {url('sigstore_signature_file', 'Sigstore signature URL')}
        {url('sigstore_cert_file', 'Sigstore certificate URL')}
        {url('sigstore_bundle_file', 'Sigstore bundle URL')}
        {url('sbom_spdx2_file', 'SBOM (SPDX 2) URL')}
      </FormSection>
      <FormSection title="Checksums" columns={2} help="Lowercase hexadecimal, as printed by sha256sum and md5sum.">
        <TextInput source="sha256_sum" label="SHA-256" validate={rules('sha256_sum')} sx={monospace} className="wide" fullWidth />
        <TextInput source="md5_sum" label="MD5" validate={rules('md5_sum')} sx={monospace} className="wide" fullWidth />
      </FormSection>
    </>
  );
}
