import { Alert, AlertTitle, Box } from '@mui/material';
import type { ImportError } from './releaseImportApi';

/** The list a release manager works through while fixing the manifest; the table marks the same cells. */
const LISTED = 20;

const plural = (count: number, one: string, many: string) => `${count.toLocaleString('en')} ${count === 1 ? one : many}`;

export function ImportErrorList({ errors }: { errors: ImportError[] }) {
  if (!errors.length) return null;
  const rows = new Set(errors.map((e) => e.row)).size;
  return (
    <Alert severity="error" sx={{ mb: 2 }} role="alert" aria-label="Problems in the manifest">
      <AlertTitle>
        {plural(errors.length, 'problem', 'problems')} in {plural(rows, 'row', 'rows')}: fix the manifest and check again. Nothing has been
        imported.
      </AlertTitle>
      <Box component="ul" sx={{ m: 0, pl: 2 }}>
        {errors.slice(0, LISTED).map((error, index) => (
          // Two errors may share row, field and message (the server repeats a rule): the index keeps keys apart.
          <li key={`${error.row}-${error.field}-${index}`}>
            {error.row > 0 ? `Row ${error.row}` : 'Manifest'}
            {error.field ? `, ${error.field}` : ''}: {error.message}
          </li>
        ))}
      </Box>
      {errors.length > LISTED && (
        <Box sx={{ mt: 1 }}>…and {plural(errors.length - LISTED, 'more problem', 'more problems')}, marked in the table below.</Box>
      )}
    </Alert>
  );
}
