import ContentCopyIcon from '@mui/icons-material/ContentCopy';
import { Box, IconButton, Tooltip, Typography } from '@mui/material';
import type { MouseEvent } from 'react';
import { useNotify, useRecordContext } from 'react-admin';

/**
 * A checksum is too long for a table cell: the first characters identify it, the full value is in the
 * tooltip and one click copies it (to compare with a local `sha256sum`).
 */
export function ChecksumField({ source, label = 'checksum' }: { source: string; label?: string }) {
  const record = useRecordContext();
  const notify = useNotify();
  const value = record?.[source] as string | null | undefined;
  if (!value) {
    return (
      <Typography component="span" variant="body2" color="text.secondary">
        —
      </Typography>
    );
  }
  const copy = (event: MouseEvent) => {
    // The row itself opens the file: copying must not.
    event.stopPropagation();
    if (!navigator.clipboard) {
      notify('Copying needs a secure (https) connection; select the value in the file instead.', { type: 'warning' });
      return;
    }
    navigator.clipboard.writeText(value).then(
      () => notify(`${label} copied`, { type: 'info' }),
      () => notify(`The ${label} could not be copied.`, { type: 'error' }),
    );
  };
  return (
    <Box component="span" sx={{ display: 'inline-flex', alignItems: 'center', gap: 0.5, whiteSpace: 'nowrap' }}>
      <Tooltip
        title={
          <Box component="span" sx={{ fontFamily: 'monospace', wordBreak: 'break-all' }}>
            {value}
          </Box>
        }
      >
        <Box component="code" sx={{ fontFamily: 'monospace', fontSize: '0.8125rem' }} data-checksum={value}>
          {value.slice(0, 12)}…
        </Box>
      </Tooltip>
      <Tooltip title={`Copy the full ${label}`}>
        <IconButton size="small" aria-label={`Copy ${label}`} onClick={copy}>
          <ContentCopyIcon fontSize="inherit" />
        </IconButton>
      </Tooltip>
    </Box>
  );
}
