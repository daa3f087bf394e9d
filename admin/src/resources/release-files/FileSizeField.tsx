import { Tooltip, Typography } from '@mui/material';
import { useRecordContext } from 'react-admin';
import { formatFileSize } from './fileSize';

/** A file's size as people read it, with the exact byte count on hover. */
export function FileSizeField({ source = 'filesize' }: { source?: string; label?: string }) {
  const record = useRecordContext();
  const bytes = record?.[source] as number | null | undefined;
  if (bytes == null) return null;
  return (
    <Tooltip title={`${bytes.toLocaleString('en')} bytes`}>
      <Typography component="span" variant="body2" sx={{ whiteSpace: 'nowrap' }}>
        {formatFileSize(bytes)}
      </Typography>
    </Tooltip>
  );
}
