import { Box, Chip, Stack, Table, TableBody, TableCell, TableContainer, TableHead, TableRow, Typography } from '@mui/material';
import { memo, useMemo } from 'react';
import { ImportErrorList } from './ImportErrorList';
import { ImportPlanSection } from './ImportPlanSection';
import { planView } from './importPlan';
import type { Manifest } from './manifest';
import type { ImportReport } from './releaseImportApi';

/**
 * The dry run's answer laid over the manifest: counts, the problems, then one table per kind of change.
 * Memoised: typing in the manifest box above must not re-render hundreds of table cells.
 */
export const ImportPlanView = memo(function ImportPlanView({ manifest, report }: { manifest: Manifest; report: ImportReport }) {
  // Not on every keystroke in the manifest box: a plan may cover 10,000 rows.
  const view = useMemo(() => planView(manifest, report), [manifest, report]);
  const counts = [
    { label: 'to create', count: report.create.length, color: 'success' as const },
    { label: 'to update', count: report.update.length, color: 'info' as const },
    { label: 'unchanged', count: report.unchanged.length, color: 'default' as const },
    { label: 'to delete', count: report.delete.length, color: 'warning' as const },
    { label: report.errors.length === 1 ? 'error' : 'errors', count: report.errors.length, color: 'error' as const },
  ];
  return (
    <Box data-testid="import-plan">
      <Stack direction="row" sx={{ flexWrap: 'wrap', gap: 1, mb: 2 }} aria-label="Plan summary">
        {counts.map(({ label, count, color }) => (
          <Chip
            key={label}
            label={`${count.toLocaleString('en')} ${label}`}
            color={count ? color : 'default'}
            variant={count ? 'filled' : 'outlined'}
          />
        ))}
      </Stack>
      <ImportErrorList errors={report.errors} />
      <ImportPlanSection
        title="Rows with errors"
        help="These rows cannot be imported as written; the red cells say why."
        rows={view.sections.invalid}
        columns={view.columns}
      />
      <ImportPlanSection title="To create" help="New files for this release." rows={view.sections.create} columns={view.columns} />
      <ImportPlanSection
        title="To update"
        help="Files of this release with the same URL; the changed fields show their current and new values."
        rows={view.sections.update}
        columns={view.columns}
      />
      <ImportPlanSection
        title="Unchanged"
        help="Files of this release that already match the manifest."
        rows={view.sections.unchanged}
        columns={view.columns}
      />
      {view.deleted.length > 0 && (
        <Box component="section" aria-labelledby="import-to-delete" sx={{ mb: 3 }}>
          <Typography id="import-to-delete" variant="subtitle1" component="h3" sx={{ fontWeight: 600 }}>
            To delete ({view.deleted.length.toLocaleString('en')})
          </Typography>
          <Typography variant="body2" color="text.secondary" sx={{ mb: 1 }}>
            Files of this release the manifest does not list; “Replace” deletes them.
          </Typography>
          <TableContainer sx={{ border: 1, borderColor: 'divider', borderRadius: 1 }}>
            <Table size="small" aria-labelledby="import-to-delete">
              <TableHead>
                <TableRow>
                  <TableCell>URL</TableCell>
                </TableRow>
              </TableHead>
              <TableBody>
                {view.deleted.slice(0, 100).map((file) => (
                  <TableRow key={file.id}>
                    <TableCell sx={{ fontFamily: 'monospace', fontSize: '0.8125rem', wordBreak: 'break-all' }}>{file.url}</TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          </TableContainer>
        </Box>
      )}
    </Box>
  );
});
