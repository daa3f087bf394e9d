/**
 * Readable defaults for rendered page HTML inside the admin: MUI's CSS reset strips heading sizes
 * and list margins, so they are put back here. Colours are theme keys ("divider", "action.hover"),
 * so the preview follows dark mode.
 */
export const previewStyles = {
  color: 'text.primary',
  typography: 'body2',
  lineHeight: 1.6,
  overflowWrap: 'anywhere',
  '& > :first-child': { mt: 0 },
  '& h1, & h2, & h3, & h4, & h5, & h6': { fontWeight: 600, lineHeight: 1.25, mt: 2.5, mb: 1 },
  '& h1': { fontSize: '1.6rem', borderBottom: 1, borderColor: 'divider', pb: 0.5 },
  '& h2': { fontSize: '1.3rem' },
  '& h3': { fontSize: '1.1rem' },
  '& h4, & h5, & h6': { fontSize: '1rem' },
  '& p': { my: 1 },
  '& ul, & ol': { pl: 3, my: 1 },
  '& li > p': { my: 0.25 },
  '& a': { color: 'primary.main' },
  '& code': { fontFamily: 'monospace', fontSize: '0.9em', bgcolor: 'action.hover', borderRadius: 0.5, px: 0.5 },
  '& pre': {
    fontFamily: 'monospace',
    bgcolor: 'action.hover',
    border: 1,
    borderColor: 'divider',
    borderRadius: 1,
    p: 1.5,
    overflowX: 'auto',
    '& code': { bgcolor: 'transparent', px: 0 },
  },
  '& blockquote': { borderLeft: 4, borderColor: 'divider', color: 'text.secondary', ml: 0, pl: 2 },
  '& table': { borderCollapse: 'collapse', my: 1.5, display: 'block', overflowX: 'auto' },
  '& th, & td': { border: 1, borderColor: 'divider', px: 1, py: 0.5, textAlign: 'left', verticalAlign: 'top' },
  '& th': { bgcolor: 'action.hover', fontWeight: 600 },
  '& img': { maxWidth: '100%', height: 'auto' },
  '& hr': { border: 0, borderTop: 1, borderColor: 'divider', my: 2 },
} as const;
