import { Alert, Box, FormControlLabel, Skeleton, Switch, Typography } from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useResourceMeta } from '../../api/meta';
import { humanize } from '../labels';
import { ChildrenDiff } from './ChildrenDiff';
import { FieldDiffTable } from './FieldDiffTable';
import { isAuthored } from './fieldValues';
import { diffFields } from './versionDiff';
import { versionedResource } from './versioned';
import { fetchVersion, versionsKey } from './versionsApi';

interface VersionCompareProps {
  resource: string;
  id: number | string;
  from: number;
  to: number;
}

/** One version's snapshot; a version never changes, so it is fetched once. */
function useVersion(resource: string, id: number | string, n: number) {
  return useQuery({
    queryKey: [...versionsKey(resource, id), 'one', n],
    queryFn: () => fetchVersion(resource, id, n),
    staleTime: Infinity,
  });
}

/**
 * Two versions side by side: the fields the user wrote that differ (or, with the switch, every
 * field), long texts line by line, then the owned records (files, dates) added, removed or changed.
 */
export function VersionCompare({ resource, id, from, to }: VersionCompareProps) {
  const [showAll, setShowAll] = useState(false);
  const meta = useResourceMeta(resource);
  const before = useVersion(resource, id, from);
  const after = useVersion(resource, id, to);
  const children = Object.entries(versionedResource(resource)?.children ?? {});
  const error = before.error ?? after.error;
  if (error) return <Alert severity="warning">The versions could not be loaded: {(error as Error).message}</Alert>;
  if (!before.data || !after.data) return <Skeleton variant="rounded" height={160} />;

  const authored = isAuthored(meta?.fields);
  const all = diffFields(before.data.snapshot, after.data.snapshot);
  const shown = showAll ? all : all.filter((c) => c.changed && authored(c.field));
  const alsoChanged = all.filter((c) => c.changed && !authored(c.field));
  const beforeTitle = `Version ${from}`;
  const afterTitle = `Version ${to}`;
  return (
    <Box data-testid="version-compare">
      <FormControlLabel
        control={<Switch checked={showAll} onChange={(event) => setShowAll(event.target.checked)} />}
        label="Show unchanged fields"
      />
      {from === to && (
        <Typography variant="body2" color="text.secondary" sx={{ mb: 1 }}>
          The same version on both sides: choose another one to compare it with.
        </Typography>
      )}
      {shown.length > 0 ? (
        <FieldDiffTable changes={shown} fields={meta?.fields} beforeTitle={beforeTitle} afterTitle={afterTitle} />
      ) : (
        <Typography variant="body2" sx={{ my: 1 }}>
          No field you edit differs between version {from} and version {to}.
        </Typography>
      )}
      {!showAll && alsoChanged.length > 0 && (
        <Typography variant="caption" color="text.secondary" component="p" sx={{ mt: 1 }}>
          Also different, kept by the server and never restored: {alsoChanged.map((c) => humanize(c.field)).join(', ')}.
        </Typography>
      )}
      {children.map(([child, kind]) => (
        <ChildrenDiff key={child} resource={child} kind={kind} before={before.data.snapshot} after={after.data.snapshot} />
      ))}
    </Box>
  );
}
