import SyncIcon from '@mui/icons-material/Sync';
import { Alert, Box, Button, List, ListItem, ListItemText, Typography } from '@mui/material';
import { useState } from 'react';
import { useNotify, useRecordContext, useRefresh } from 'react-admin';
import { useAccess } from '../api/permissions';
import { httpClient } from '../dataProvider';
import { RelatedSection } from '../resources/sponsors/RelatedSection';
import type { CalendarImportReport, FeedImportReport } from '../../../server/domain/feedImportReport';

/** A calendar's report has the calendar-only fields; a blog's lacks them. */
type ImportReport = FeedImportReport & Partial<Pick<CalendarImportReport, 'removed' | 'kept_staff_edits'>>;

const SEVERITY = { imported: 'success', 'not-modified': 'info', failed: 'error' } as const;
const FIELD_NAMES: Record<string, string> = { venue_id: 'venue', category_ids: 'categories', is_published: 'published', dates: 'dates' };

/**
 * "Import now" of a record fed from a feed (a calendar, a blog), and the last import's report:
 * counts, staff edits kept, items skipped and why. `urlSource` is the field holding the feed's URL.
 */
export function FeedImport({ resource, urlSource }: { resource: string; urlSource: string }) {
  const record = useRecordContext<{ id: number; last_import: ImportReport | null } & Record<string, unknown>>();
  const { write } = useAccess(resource);
  const notify = useNotify();
  const refresh = useRefresh();
  const [busy, setBusy] = useState(false);
  if (!record) return null;
  const report = record.last_import;
  const url = record[urlSource];
  const run = async () => {
    setBusy(true);
    try {
      const { json } = await httpClient(`/api/${resource}/${record.id}/import`, { method: 'POST', body: '{}' });
      const result = json as ImportReport;
      notify(result.status === 'failed' ? `Import failed: ${result.message}` : `Import ${result.status}.`, {
        type: result.status === 'failed' ? 'error' : 'success',
      });
      refresh();
    } catch (error) {
      notify((error as Error).message, { type: 'error' });
    } finally {
      setBusy(false);
    }
  };
  return (
    <RelatedSection
      title="Import from the feed"
      action={
        write && (
          <Button startIcon={<SyncIcon />} onClick={() => void run()} disabled={busy || !url}>
            Import now
          </Button>
        )
      }
    >
      {!url && <Typography color="text.secondary">Give it a feed URL to import from.</Typography>}
      {report && (
        <Box data-testid="import-report">
          <Alert severity={SEVERITY[report.status]} sx={{ mb: 1 }}>
            {new Date(report.at).toLocaleString()}: {report.status === 'not-modified' ? 'the feed had not changed' : report.status}
            {report.message && report.status !== 'not-modified' ? ` — ${report.message}` : ''}
            {report.status === 'imported' &&
              ` — ${report.created} created, ${report.updated} updated, ${report.unchanged} unchanged, ${report.removed !== undefined ? `${report.removed} removed at the source, ` : ''}${report.skipped} skipped.`}
          </Alert>
          {(report.kept_staff_edits?.length ?? 0) > 0 && (
            <>
              <Typography variant="subtitle2">Kept staff edits</Typography>
              <List dense>
                {report.kept_staff_edits!.map((k) => (
                  <ListItem key={k.uid}>
                    <ListItemText primary={k.title} secondary={`kept: ${k.fields.map((f) => FIELD_NAMES[f] ?? f).join(', ')}`} />
                  </ListItem>
                ))}
              </List>
            </>
          )}
          {report.errors.length > 0 && (
            <>
              <Typography variant="subtitle2">Skipped</Typography>
              <List dense>
                {report.errors.map((e, i) => (
                  <ListItem key={`${e.uid ?? ''}-${i}`}>
                    <ListItemText
                      primary={e.title ?? e.uid ?? 'An event'}
                      secondary={e.message}
                      slotProps={{ secondary: { color: 'error' } }}
                    />
                  </ListItem>
                ))}
              </List>
            </>
          )}
        </Box>
      )}
    </RelatedSection>
  );
}
