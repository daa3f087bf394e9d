import { Box } from '@mui/material';
import { useWatch } from 'react-hook-form';
import { SelectInput, TextInput } from 'react-admin';
import { MARKUP_TYPES } from '../../../../server/domain/enums';
import { useFieldRules } from '../../generic/useFieldRules';
import { humanize } from '../labels';
import { MarkupPreview } from './MarkupPreview';
import { blankAsEmpty } from '../../generic/inputFor';

const markupChoices = [...MARKUP_TYPES];

interface MarkupInputProps {
  /** The text field, e.g. "content". */
  source: string;
  /** The field holding its markup type, e.g. "content_markup_type". */
  typeSource: string;
  label?: string;
  helperText?: string;
}

/**
 * A text field with its markup type: the editor and the server's rendering side by side on wide
 * screens, stacked on narrow ones. Validation comes from the resource's declaration on the server.
 */
export function MarkupInput({ source, typeSource, label = humanize(source), helperText }: MarkupInputProps) {
  const rules = useFieldRules();
  // react-admin turns an emptied input into null; a text the server stores as NOT NULL (a box's) stays "".
  const parse = rules?.field(source)?.nullable ? undefined : blankAsEmpty;
  const markupType = useWatch({ name: typeSource }) as string | undefined;
  const content = useWatch({ name: source }) as string | undefined;
  return (
    <Box sx={{ width: '100%' }}>
      <SelectInput
        source={typeSource}
        label="Markup"
        choices={markupChoices}
        validate={rules?.(typeSource)}
        defaultValue={MARKUP_TYPES[0].id}
        helperText="How the text below is written; the preview follows your choice."
        fullWidth={false}
        sx={{ minWidth: 240 }}
      />
      <Box sx={{ display: 'grid', gridTemplateColumns: { xs: '1fr', lg: 'minmax(0, 1fr) minmax(0, 1fr)' }, gap: 2, alignItems: 'stretch' }}>
        <TextInput
          source={source}
          label={label}
          validate={rules?.(source)}
          parse={parse}
          helperText={helperText ?? false}
          multiline
          minRows={18}
          fullWidth
          sx={{ m: 0, '& textarea': { fontFamily: 'monospace', fontSize: '0.875rem', lineHeight: 1.5 } }}
        />
        <Box sx={{ pt: { xs: 0, lg: 0.5 }, pb: 3, maxHeight: { lg: '75vh' } }}>
          <MarkupPreview markupType={markupType} content={content} />
        </Box>
      </Box>
    </Box>
  );
}
