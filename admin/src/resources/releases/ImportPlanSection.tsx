import { Box, Table, TableBody, TableCell, TableContainer, TableHead, TableRow, Typography } from '@mui/material';
import { alpha } from '@mui/material/styles';
import { ImportChanges } from './ImportChanges';
import type { PlannedRow } from './importPlan';
import { ManifestCell } from './ManifestCell';

/** Enough to review and to find the errors; the counts above give the full size of a big manifest. */
const SHOWN = 100;

/** One section of the plan ("To create", …): the manifest's rows with their columns, errors first. */
export function ImportPlanSection({ title, help, rows, columns }: { title: string; help: string; rows: PlannedRow[]; columns: string[] }) {
  if (!rows.length) return null;
  const withChanges = rows.some((row) => row.changes);
  // Rows with errors first, so a big manifest's problems are on screen without scrolling.
  const ordered = [...rows]
    .sort((a, b) => Number(!Object.keys(b.errors).length) - Number(!Object.keys(a.errors).length) || a.row - b.row)
    .slice(0, SHOWN);
  const id = `import-${title.toLowerCase().replace(/\W+/g, '-')}`;
  return (
    <Box component="section" aria-labelledby={id} sx={{ mb: 3 }}>
      <Typography id={id} variant="subtitle1" component="h3" sx={{ fontWeight: 600 }}>
        {title} ({rows.length.toLocaleString('en')})
      </Typography>
      <Typography variant="body2" color="text.secondary" sx={{ mb: 1 }}>
        {help}
        {rows.length > SHOWN &&
          ` The first ${SHOWN} rows are shown${rows.some((r) => Object.keys(r.errors).length) ? ', rows with errors first' : ''}.`}
      </Typography>
      <TableContainer sx={{ border: 1, borderColor: 'divider', borderRadius: 1 }}>
        <Table size="small" aria-labelledby={id}>
          <TableHead>
            <TableRow>
              <TableCell>Row</TableCell>
              {withChanges && <TableCell>Changes</TableCell>}
              {columns.map((column) => (
                <TableCell key={column} sx={{ fontFamily: 'monospace', whiteSpace: 'nowrap' }}>
                  {column}
                </TableCell>
              ))}
            </TableRow>
          </TableHead>
          <TableBody>
            {ordered.map((planned) => (
              <TableRow key={planned.row} data-row={planned.row}>
                <TableCell
                  sx={{ verticalAlign: 'top', bgcolor: planned.errors[''] ? (theme) => alpha(theme.palette.error.main, 0.12) : undefined }}
                >
                  {planned.row}
                  {planned.errors['']?.map((error) => (
                    <Box key={error} component="span" sx={{ display: 'block', typography: 'caption', color: 'error.main', minWidth: 160 }}>
                      {error}
                    </Box>
                  ))}
                </TableCell>
                {withChanges && (
                  <TableCell sx={{ verticalAlign: 'top', minWidth: 240 }}>
                    <ImportChanges changes={planned.changes ?? {}} />
                  </TableCell>
                )}
                {columns.map((column) => (
                  <ManifestCell key={column} field={column} values={planned.values} errors={planned.errors[column]} />
                ))}
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </TableContainer>
    </Box>
  );
}
