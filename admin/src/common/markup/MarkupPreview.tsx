import { Alert, Box, Paper, Typography } from '@mui/material';
import { previewStyles } from './previewStyles';
import { useRenderedMarkup } from './useRenderedMarkup';

/** The server's rendering of a text, with its state ("Rendering…", errors) shown in place. */
export function MarkupPreview({
  markupType,
  content,
  title = 'Preview',
}: {
  markupType?: string | null;
  content?: string | null;
  title?: string;
}) {
  const { html, error, rendering } = useRenderedMarkup(markupType, content);
  return (
    <Paper
      variant="outlined"
      data-testid="markup-preview"
      aria-busy={rendering}
      sx={{ p: 2, minHeight: 120, height: '100%', overflow: 'auto' }}
    >
      <Box sx={{ display: 'flex', alignItems: 'baseline', justifyContent: 'space-between', mb: 1 }}>
        <Typography variant="overline" color="text.secondary">
          {title}
        </Typography>
        <Typography variant="caption" color="text.secondary" role="status">
          {rendering ? 'Rendering…' : ''}
        </Typography>
      </Box>
      {error && (
        <Alert severity="error" sx={{ mb: 1 }}>
          {error}
          {html ? ' Below is the last version that rendered.' : ''}
        </Alert>
      )}
      {html === '' && !rendering && !error && (
        <Typography variant="body2" color="text.secondary">
          Nothing to preview yet: the rendered text appears here as you type.
        </Typography>
      )}
      {/* The server sanitises what it renders (server/render/markup.ts): no scripts, handlers or javascript: URLs reach this page. */}
      {html && (
        <Box
          className="markup-html"
          sx={{ ...previewStyles, opacity: rendering ? 0.6 : 1, transition: 'opacity 150ms' }}
          dangerouslySetInnerHTML={{ __html: html }}
        />
      )}
    </Paper>
  );
}
