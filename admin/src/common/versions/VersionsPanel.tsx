import { Alert, Box, Skeleton, TablePagination, Typography } from '@mui/material';
import { useState } from 'react';
import { Confirm, type RaRecord } from 'react-admin';
import { useAccess } from '../../api/permissions';
import { VersionCompare } from './VersionCompare';
import { authorOf, VersionListItem, whenOf } from './VersionListItem';
import { versionedResource } from './versioned';
import { VERSIONS_PER_PAGE, type VersionSummary } from './versionsApi';
import { useRestoreVersion } from './useRestoreVersion';
import { useVersionList } from './useVersionList';

const paneSx = { minWidth: 0, overflowY: { md: 'auto' }, pb: 2 } as const;

/**
 * A record's versions: the list (newest first, paged) on the left, the comparison of the two chosen
 * ones on the right, and Restore on each older version for those who may write the record. Until
 * the user picks, the comparison shows what the last save changed (the previous version against the
 * current one); "to" stays the newest unless chosen, so a new save or a restore moves it along.
 */
export function VersionsPanel({ resource, record }: { resource: string; record: RaRecord }) {
  const noun = versionedResource(resource)?.noun ?? 'record';
  const { write } = useAccess(resource);
  const [page, setPage] = useState(0);
  const [fromChoice, setFrom] = useState<number | null>(null);
  const [toChoice, setTo] = useState<number | null>(null);
  // Kept after the dialog closes, so its title does not change while it fades out.
  const [restoring, setRestoring] = useState<VersionSummary | null>(null);
  const [confirming, setConfirming] = useState(false);
  const list = useVersionList(resource, record.id, page);
  const { restore, busy, stale } = useRestoreVersion(resource, record, noun);

  if (list.error) return <Alert severity="warning">The versions could not be loaded: {(list.error as Error).message}</Alert>;
  if (list.isPending || !list.newest) return <Skeleton variant="rounded" height={200} />;
  const current = list.newest[0];
  if (!current) {
    return (
      <Typography sx={{ p: 2 }} data-testid="versions-empty">
        No versions yet: this {noun} has not been saved since versions are kept. Its next save will be version 1.
      </Typography>
    );
  }
  const to = toChoice ?? current.number;
  const from = fromChoice ?? list.newest[1]?.number ?? to;
  const onConfirm = async () => {
    if (!restoring) return;
    await restore(restoring);
    // Restored or refused as stale, there is a new newest version: back to what the last save changed.
    setFrom(null);
    setTo(null);
    setPage(0);
    setConfirming(false);
  };
  const ask = (version: VersionSummary) => {
    setRestoring(version);
    setConfirming(true);
  };

  return (
    <Box sx={{ display: 'flex', flexDirection: { xs: 'column', md: 'row' }, gap: 3, flex: 1, minHeight: 0 }}>
      <Box component="section" aria-labelledby="versions-list-title" sx={{ ...paneSx, width: { md: 400 }, flexShrink: 0 }}>
        <Typography variant="subtitle1" component="h3" id="versions-list-title" sx={{ fontWeight: 600 }}>
          {list.total === 1 ? '1 version' : `${list.total} versions`}
        </Typography>
        <Typography
          variant="caption"
          color="text.secondary"
          component="div"
          sx={{ display: 'flex', gap: 1.25, pl: 1, mb: 0.5 }}
          aria-hidden
        >
          <span>From</span>
          <span>To</span>
        </Typography>
        <Box
          component="ol"
          aria-labelledby="versions-list-title"
          sx={{ listStyle: 'none', m: 0, p: 0, borderTop: 1, borderColor: 'divider' }}
        >
          {list.versions?.map((version) => (
            <VersionListItem
              key={version.number}
              version={version}
              current={version.number === current.number}
              from={from}
              to={to}
              onFrom={setFrom}
              onTo={setTo}
              onRestore={write && version.number !== current.number ? ask : undefined}
            />
          ))}
        </Box>
        {list.total > VERSIONS_PER_PAGE && (
          <TablePagination
            component="div"
            count={list.total}
            page={page}
            rowsPerPage={VERSIONS_PER_PAGE}
            rowsPerPageOptions={[]}
            onPageChange={(_event, next) => setPage(next)}
          />
        )}
      </Box>
      <Box component="section" aria-labelledby="versions-compare-title" sx={{ ...paneSx, flex: 1 }}>
        <Typography variant="subtitle1" component="h3" id="versions-compare-title" sx={{ fontWeight: 600 }}>
          Version {from} compared with version {to}
        </Typography>
        {stale && (
          <Alert severity="warning" sx={{ my: 1 }}>
            {stale}
          </Alert>
        )}
        <VersionCompare resource={resource} id={record.id} from={from} to={to} />
      </Box>
      <Confirm
        isOpen={confirming}
        loading={busy}
        title={`Restore version ${restoring?.number ?? ''}?`}
        content={
          restoring
            ? `The ${noun} becomes what version ${restoring.number} held (saved ${whenOf(restoring)} by ${authorOf(restoring)}), ` +
              `saved as a new version: the current one stays in the list. Unsaved changes in the form are lost.`
            : ''
        }
        confirm="Restore"
        onConfirm={onConfirm}
        onClose={() => setConfirming(false)}
      />
    </Box>
  );
}
