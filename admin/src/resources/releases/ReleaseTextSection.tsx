import ExpandMoreIcon from '@mui/icons-material/ExpandMore';
import { Accordion, AccordionDetails, AccordionSummary, Typography } from '@mui/material';
import { useWatch } from 'react-hook-form';
import { MarkupInput } from '../../common/markup/MarkupInput';

/**
 * The release's own text, folded away on existing releases so the files below stay in reach; it stays
 * mounted while folded, so its values are saved with the rest of the form.
 */
export function ReleaseTextSection({ expanded = false }: { expanded?: boolean }) {
  const content = (useWatch({ name: 'content' }) as string | undefined) ?? '';
  const summary = content.trim() ? `${content.trim().slice(0, 90)}${content.trim().length > 90 ? '…' : ''}` : 'No text yet';
  return (
    <Accordion defaultExpanded={expanded} disableGutters variant="outlined" sx={{ width: '100%', my: 1 }}>
      <AccordionSummary expandIcon={<ExpandMoreIcon />} aria-controls="release-text" id="release-text-header">
        <Typography sx={{ fontWeight: 600, mr: 2, flexShrink: 0 }}>Release text</Typography>
        <Typography color="text.secondary" noWrap>
          {summary}
        </Typography>
      </AccordionSummary>
      <AccordionDetails id="release-text">
        <MarkupInput
          source="content"
          typeSource="content_markup_type"
          label="Text"
          helperText="Shown on the release's page when it has no page of its own."
        />
      </AccordionDetails>
    </Accordion>
  );
}
