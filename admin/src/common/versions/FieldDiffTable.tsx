import { Box, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import type { FieldMeta } from '../../api/meta';
import { humanize } from '../labels';
import { addedSx, removedSx, srOnlySx } from './diffStyles';
import { displayValue, isLongText } from './fieldValues';
import { LineDiff } from './LineDiff';
import type { FieldChange } from './versionDiff';

/** One value of one version; "empty" said in words, a changed value marked for screen readers too. */
export function ValueCell({ value, meta, change }: { value: unknown; meta?: FieldMeta; change?: 'removed' | 'added' }) {
  const text = displayValue(value, meta);
  return (
    <TableCell
      data-change={change ?? 'same'}
      sx={{
        verticalAlign: 'top',
        overflowWrap: 'anywhere',
        whiteSpace: 'pre-wrap',
        ...(change === 'added' ? addedSx : change === 'removed' ? removedSx : {}),
      }}
    >
      {change && (
        <Box component="span" sx={srOnlySx}>
          {change === 'added' ? 'New value: ' : 'Old value: '}
        </Box>
      )}
      {text ?? (
        <Typography component="span" variant="body2" color="text.secondary" sx={{ fontStyle: 'italic' }}>
          empty
        </Typography>
      )}
    </TableCell>
  );
}

interface FieldDiffTableProps {
  changes: FieldChange[];
  fields?: FieldMeta[];
  beforeTitle: string;
  afterTitle: string;
}

/** The record's fields in two versions, side by side: a value beside a value, or a long text as a line diff across both columns. */
export function FieldDiffTable({ changes, fields, beforeTitle, afterTitle }: FieldDiffTableProps) {
  const metaOf = (field: string) => fields?.find((f) => f.name === field);
  return (
    <Table size="small" sx={{ tableLayout: 'fixed' }} aria-label={`Fields: ${beforeTitle} and ${afterTitle}`} data-testid="version-fields">
      <colgroup>
        <col style={{ width: '11rem' }} />
        <col />
        <col />
      </colgroup>
      <TableHead>
        <TableRow>
          <TableCell>Field</TableCell>
          <TableCell>{beforeTitle}</TableCell>
          <TableCell>{afterTitle}</TableCell>
        </TableRow>
      </TableHead>
      <TableBody>
        {changes.map(({ field, before, after, changed }) => {
          const label = humanize(field);
          return (
            <TableRow key={field} data-field={field}>
              <TableCell component="th" scope="row" sx={{ verticalAlign: 'top', fontWeight: changed ? 600 : undefined }}>
                {label}
                {changed && (
                  <Box component="span" sx={srOnlySx}>
                    {' '}
                    (changed)
                  </Box>
                )}
              </TableCell>
              {isLongText(before, after) ? (
                <TableCell colSpan={2} sx={{ p: 0 }}>
                  <LineDiff
                    label={label}
                    before={String(before ?? '')}
                    after={String(after ?? '')}
                    beforeTitle={beforeTitle}
                    afterTitle={afterTitle}
                  />
                </TableCell>
              ) : (
                <>
                  <ValueCell value={before} meta={metaOf(field)} change={changed ? 'removed' : undefined} />
                  <ValueCell value={after} meta={metaOf(field)} change={changed ? 'added' : undefined} />
                </>
              )}
            </TableRow>
          );
        })}
      </TableBody>
    </Table>
  );
}
