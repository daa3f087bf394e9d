import { Box, Typography } from '@mui/material';

const Key = ({ children }: { children: string }) => (
  <Box
    component="kbd"
    sx={{
      px: 0.75,
      py: 0.125,
      mx: 0.25,
      border: 1,
      borderColor: 'divider',
      borderRadius: 0.5,
      fontFamily: 'monospace',
      fontSize: '0.75rem',
      bgcolor: 'action.hover',
    }}
  >
    {children}
  </Box>
);

/** The edit screen's keyboard shortcuts, listed only as far as they work for this job now. */
export function ShortcutHint({ approve, reject }: { approve: boolean; reject: boolean }) {
  return (
    <Typography variant="caption" color="text.secondary" component="p" sx={{ m: 0 }} data-testid="moderation-shortcuts">
      Keyboard:{' '}
      {approve && (
        <>
          <Key>A</Key> approve ·{' '}
        </>
      )}
      {reject && (
        <>
          <Key>R</Key> reject ·{' '}
        </>
      )}
      <Key>N</Key> next job in the queue
    </Typography>
  );
}
