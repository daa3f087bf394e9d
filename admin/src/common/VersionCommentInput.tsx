import { TextInput, useResourceContext } from 'react-admin';
import { useFieldRules } from '../generic/useFieldRules';
import { versionedResource } from './versions/versioned';

/**
 * The optional note kept with the version a save makes, beside the form's Save: it is about this
 * save, and takes no room in the form. Write-only, so the form starts it empty each time; left empty,
 * nothing is sent (as generic/inputFor.tsx does for such notes).
 */
export function VersionCommentInput() {
  const resource = useResourceContext();
  const rules = useFieldRules(resource);
  const versioned = versionedResource(resource);
  if (!versioned) return null;
  return (
    <TextInput
      source="version_comment"
      label={versioned.commentLabel ?? 'Version comment'}
      placeholder="Optional: why this change"
      title="Kept with the version this save makes"
      validate={rules?.('version_comment')}
      parse={(value: string) => (value === '' ? undefined : value)}
      helperText={false}
      size="small"
      sx={{ m: 0, flex: '1 1 240px', maxWidth: 480 }}
    />
  );
}
