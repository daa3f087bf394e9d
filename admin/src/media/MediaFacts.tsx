import DescriptionIcon from '@mui/icons-material/Description';
import OpenInNewIcon from '@mui/icons-material/OpenInNew';
import { Box, Button, Table, TableBody, TableCell, TableRow } from '@mui/material';
import { useRecordContext } from 'react-admin';
import { formatFileSize } from '../resources/release-files/fileSize';
import { fileUrl, type MediaRecord } from './mediaRecord';

/** What the upload decided, read-only, and a link to the original bytes. */
export function MediaFacts() {
  const record = useRecordContext<MediaRecord>();
  if (!record) return null;
  const facts: [string, string][] = [
    ['File name', record.original_name],
    ['Type', `${record.content_type} (${record.kind})`],
    ['Size', formatFileSize(record.bytes)],
    ...(record.width && record.height ? [['Dimensions', `${record.width} × ${record.height} px`] as [string, string]] : []),
    ['SHA-256', record.sha256],
    ['Uploaded', new Date(record.created).toLocaleString()],
  ];
  return (
    <Box sx={{ mb: 2, width: '100%' }}>
      {record.kind === 'document' && <DescriptionIcon sx={{ fontSize: 64 }} color="action" />}
      <Table size="small" sx={{ maxWidth: 720, mb: 1 }} aria-label="File facts">
        <TableBody>
          {facts.map(([label, value]) => (
            <TableRow key={label}>
              <TableCell component="th" sx={{ width: 140, color: 'text.secondary' }}>
                {label}
              </TableCell>
              <TableCell sx={{ fontFamily: label === 'SHA-256' ? 'monospace' : undefined, wordBreak: 'break-all' }}>{value}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
      <Button href={fileUrl(record)} target="_blank" rel="noopener" startIcon={<OpenInNewIcon />} size="small">
        Open the original file
      </Button>
    </Box>
  );
}
