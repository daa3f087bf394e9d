import { Box, TableCell, Tooltip, Typography } from '@mui/material';
import { alpha } from '@mui/material/styles';
import { SIDECAR_SUFFIXES, type ManifestRow } from './manifest';

const text = (value: unknown) =>
  value === null || value === undefined ? '' : typeof value === 'object' ? JSON.stringify(value) : String(value);
const isUrl = (field: string) => field === 'url' || field.endsWith('_file');
const isChecksum = (field: string) => field.endsWith('_sum');

/**
 * How a value reads in the table: sidecar URLs that follow the rule as "URL + .asc" (so a wrong one
 * stands out), checksums by their first characters; the full value is in the tooltip.
 */
function shown(field: string, values: ManifestRow, hasError: boolean): { label: string; muted: boolean; shortened: boolean } {
  const value = text(values[field]);
  if (!value) return { label: '—', muted: true, shortened: false };
  const suffix = SIDECAR_SUFFIXES[field];
  if (suffix && !hasError && value === `${text(values.url)}${suffix}`) return { label: `URL + ${suffix}`, muted: true, shortened: true };
  if (isChecksum(field) && value.length > 14 && !hasError) return { label: `${value.slice(0, 12)}…`, muted: false, shortened: true };
  return { label: value, muted: false, shortened: false };
}

const cellStyle = (field: string) => {
  if (isUrl(field)) return { minWidth: 220, maxWidth: 340, overflowWrap: 'anywhere' as const };
  if (field === 'name' || field === 'description') return { minWidth: 160 };
  return { whiteSpace: 'nowrap' as const };
};

/** One manifest value; red, with the server's messages under it, when the server found it wrong. */
export function ManifestCell({ field, values, errors }: { field: string; values: ManifestRow; errors?: string[] }) {
  const { label, muted, shortened } = shown(field, values, Boolean(errors));
  const content = (
    <Typography
      component="span"
      variant="body2"
      color={errors ? 'error' : muted ? 'text.secondary' : 'text.primary'}
      sx={{ fontFamily: isUrl(field) || isChecksum(field) ? 'monospace' : undefined, fontSize: '0.8125rem' }}
    >
      {label}
    </Typography>
  );
  if (!errors) {
    return (
      <TableCell sx={{ verticalAlign: 'top', ...cellStyle(field) }}>
        {shortened ? <Tooltip title={text(values[field])}>{content}</Tooltip> : content}
      </TableCell>
    );
  }
  const message = errors.join(' ');
  return (
    <TableCell
      data-error={message}
      sx={{
        verticalAlign: 'top',
        ...cellStyle(field),
        whiteSpace: 'normal',
        overflowWrap: 'anywhere',
        minWidth: 180,
        bgcolor: (theme) => alpha(theme.palette.error.main, 0.12),
        boxShadow: (theme) => `inset 2px 0 0 ${theme.palette.error.main}`,
      }}
    >
      <Tooltip title={message}>{content}</Tooltip>
      {errors.map((error) => (
        <Box key={error} component="span" sx={{ display: 'block', typography: 'caption', color: 'error.main', mt: 0.5 }}>
          {error}
        </Box>
      ))}
    </TableCell>
  );
}
