import { Box, Chip, List, ListItem, Typography } from '@mui/material';
import { useResourceMeta } from '../../api/meta';
import { humanize } from '../labels';
import { displayValue, isAuthored } from './fieldValues';
import { addedSx, removedSx } from './diffStyles';
import { childrenOf, diffChildren, type ChildChange } from './versionDiff';
import type { ChildKind } from './versioned';
import type { Snapshot } from './versionsApi';

const KIND = {
  added: { label: 'Added', color: 'success' },
  removed: { label: 'Removed', color: 'error' },
  changed: { label: 'Changed', color: 'warning' },
} as const;

const summary = (changes: ChildChange[]) =>
  (['added', 'removed', 'changed'] as const)
    .map((kind) => [kind, changes.filter((c) => c.kind === kind).length] as const)
    .filter(([, n]) => n > 0)
    .map(([kind, n]) => `${n} ${kind}`)
    .join(', ');

function ChangedFields({ change }: { change: ChildChange }) {
  return (
    <Box component="dl" sx={{ m: 0, mt: 0.5, display: 'grid', gridTemplateColumns: 'max-content 1fr', columnGap: 1.5, rowGap: 0.25 }}>
      {change.fields.map(({ field, before, after }) => (
        <Box key={field} sx={{ display: 'contents' }}>
          <Typography component="dt" variant="body2" color="text.secondary">
            {humanize(field)}
          </Typography>
          <Typography component="dd" variant="body2" sx={{ m: 0, overflowWrap: 'anywhere' }}>
            <Box component="del" sx={{ ...removedSx, px: 0.5 }}>
              {displayValue(before) ?? 'empty'}
            </Box>{' '}
            →{' '}
            <Box component="ins" sx={{ ...addedSx, px: 0.5, textDecoration: 'none' }}>
              {displayValue(after) ?? 'empty'}
            </Box>
          </Typography>
        </Box>
      ))}
    </Box>
  );
}

interface ChildrenDiffProps {
  resource: string;
  kind: ChildKind;
  before: Snapshot;
  after: Snapshot;
}

/** A version's owned records of one kind (a release's files) across two versions: added, removed and changed, matched by their natural key. */
export function ChildrenDiff({ resource, kind, before, after }: ChildrenDiffProps) {
  const meta = useResourceMeta(resource);
  const changes = diffChildren(childrenOf(before, resource), childrenOf(after, resource), kind.key, isAuthored(meta?.fields));
  const headingId = `version-children-${resource}`;
  return (
    <Box component="section" aria-labelledby={headingId} sx={{ mt: 3 }} data-testid={`version-children-${resource}`}>
      <Typography variant="subtitle1" component="h3" id={headingId} sx={{ fontWeight: 600 }}>
        {kind.label}
      </Typography>
      <Typography variant="body2" color="text.secondary">
        {changes.length ? summary(changes) : `No ${kind.label.toLowerCase()} added, removed or changed.`}
      </Typography>
      {changes.length > 0 && (
        <List dense disablePadding>
          {changes.map((change) => (
            <ListItem key={`${change.kind}-${change.key}`} divider alignItems="flex-start" sx={{ gap: 1.5, px: 0 }}>
              <Chip size="small" variant="outlined" color={KIND[change.kind].color} label={KIND[change.kind].label} sx={{ mt: 0.25 }} />
              <Box sx={{ minWidth: 0 }}>
                <Typography variant="body2" sx={{ overflowWrap: 'anywhere' }}>
                  {kind.describe((change.after ?? change.before)!)}
                </Typography>
                {kind.key !== 'id' && (
                  <Typography
                    variant="caption"
                    color="text.secondary"
                    component="div"
                    sx={{ fontFamily: 'monospace', overflowWrap: 'anywhere' }}
                  >
                    {change.key}
                  </Typography>
                )}
                {change.kind === 'changed' && <ChangedFields change={change} />}
              </Box>
            </ListItem>
          ))}
        </List>
      )}
    </Box>
  );
}
