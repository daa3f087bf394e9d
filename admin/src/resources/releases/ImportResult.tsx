import { Alert, AlertTitle } from '@mui/material';
import type { ImportReport } from './releaseImportApi';

const count = (n: number, what: string) => `${n.toLocaleString('en')} ${what}`;

/** What the applied import did; the release's files list behind the dialog has already been reloaded. */
export function ImportResult({ report, seconds }: { report: ImportReport; seconds: number }) {
  const changed = report.create.length + report.update.length + report.delete.length;
  return (
    <Alert severity="success" role="status" data-testid="import-result">
      <AlertTitle>
        {changed ? 'The manifest has been imported.' : 'Nothing to change: the release already matches the manifest.'}
      </AlertTitle>
      {count(report.create.length, report.create.length === 1 ? 'file created' : 'files created')}, {count(report.update.length, 'updated')}
      , {count(report.delete.length, 'deleted')}, {count(report.unchanged.length, 'unchanged')},{' '}
      {seconds < 1 ? 'in under a second' : `in ${seconds.toFixed(1)} s`}. Each change is in the files' history.
    </Alert>
  );
}
