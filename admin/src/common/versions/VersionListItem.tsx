import RestoreIcon from '@mui/icons-material/Restore';
import { Box, Button, Chip, Radio, Stack, Typography } from '@mui/material';
import type { VersionSummary } from './versionsApi';

/** Who saved a version, as a person reads it. */
export const authorOf = (v: VersionSummary) =>
  `${v.author ?? (v.author_id === null ? 'the system' : `user #${v.author_id}`)}${v.token_id ? ' (API token)' : ''}`;

export const whenOf = (v: VersionSummary) => new Date(v.created).toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' });

interface VersionListItemProps {
  version: VersionSummary;
  current: boolean;
  from: number;
  to: number;
  onFrom: (n: number) => void;
  onTo: (n: number) => void;
  /** Undefined where there is nothing to restore (the current version) or the user may not. */
  onRestore?: (version: VersionSummary) => void;
}

/**
 * One version: two radios choose it as the left or right side of the comparison (each radio column
 * is one group, so arrow keys move along it), then its number, badges, when, who and comment.
 */
export function VersionListItem({ version, current, from, to, onFrom, onTo, onRestore }: VersionListItemProps) {
  const n = version.number;
  const selected = n === from || n === to;
  return (
    <Box
      component="li"
      data-testid="version-item"
      data-version={n}
      sx={{
        display: 'flex',
        alignItems: 'flex-start',
        gap: 0.5,
        py: 1,
        pr: 1,
        borderBottom: 1,
        borderColor: 'divider',
        bgcolor: selected ? 'action.selected' : undefined,
      }}
    >
      <Radio
        size="small"
        name="compare-from"
        checked={n === from}
        onChange={() => onFrom(n)}
        slotProps={{ input: { 'aria-label': `Compare from version ${n}` } }}
      />
      <Radio
        size="small"
        name="compare-to"
        checked={n === to}
        onChange={() => onTo(n)}
        slotProps={{ input: { 'aria-label': `Compare to version ${n}` } }}
      />
      <Box sx={{ flex: 1, minWidth: 0, pt: 0.75 }}>
        <Stack direction="row" sx={{ alignItems: 'center', gap: 1, flexWrap: 'wrap' }}>
          <Typography variant="body2" sx={{ fontWeight: 600 }}>
            Version {n}
          </Typography>
          {current && <Chip size="small" label="Current" color="primary" variant="outlined" />}
          {version.published && <Chip size="small" label="Published" color="success" variant="outlined" />}
        </Stack>
        <Typography variant="caption" color="text.secondary" component="div" title={new Date(version.created).toLocaleString()}>
          {whenOf(version)} · {authorOf(version)}
        </Typography>
        {version.comment && (
          <Typography variant="body2" sx={{ mt: 0.25, overflowWrap: 'anywhere' }} data-testid="version-comment">
            {version.comment}
          </Typography>
        )}
      </Box>
      {onRestore && (
        <Button
          size="small"
          startIcon={<RestoreIcon />}
          onClick={() => onRestore(version)}
          aria-label={`Restore version ${n}`}
          sx={{ mt: 0.5, flexShrink: 0 }}
        >
          Restore
        </Button>
      )}
    </Box>
  );
}
