import { Loading, TextInput } from 'react-admin';
import { RecordEdit } from '../common/RecordEdit';
import { RecordForm } from '../common/RecordForm';
import { useFieldRules } from '../generic/useFieldRules';
import { FocalPointInput } from './FocalPointInput';
import { MediaFacts } from './MediaFacts';

/** One file: its preview and focal point, its alt text, and the facts of its upload. */
export function MediaEdit() {
  const rules = useFieldRules('media');
  if (!rules) return <Loading />;
  return (
    <RecordEdit>
      <RecordForm>
        <FocalPointInput />
        <TextInput
          source="alt"
          label="Alt text"
          validate={rules('alt')}
          helperText="What the image shows, for people who cannot see it. Leave empty for a purely decorative image."
          multiline
          fullWidth
          sx={{ maxWidth: 720 }}
        />
        <MediaFacts />
      </RecordForm>
    </RecordEdit>
  );
}
