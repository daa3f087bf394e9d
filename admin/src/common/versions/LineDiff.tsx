import { Box, Button } from '@mui/material';
import { Fragment, useMemo, useState } from 'react';
import { addedSx, removedSx, srOnlySx } from './diffStyles';
import { foldRows, pairLines, type Kind, type Side } from './lineRows';

const MARK: Record<Kind, string> = { same: ' ', removed: '−', added: '+' };
const SPOKEN: Record<Kind, string> = { same: '', removed: 'Removed: ', added: 'Added: ' };
const cellSx = { verticalAlign: 'top', p: 0, px: 0.75, borderColor: 'divider' } as const;
const numberSx = { ...cellSx, width: '3.5em', textAlign: 'right', color: 'text.secondary', userSelect: 'none' } as const;

function Cells({ side, first }: { side?: Side; first?: boolean }) {
  // An empty side (the line exists only in the other version) is greyed, so the gap reads as one.
  const bgcolor =
    side?.kind === 'added' ? addedSx.bgcolor : side?.kind === 'removed' ? removedSx.bgcolor : side ? undefined : 'action.hover';
  return (
    <>
      <Box component="td" sx={{ ...numberSx, bgcolor, borderLeft: first ? 0 : 1 }}>
        {side?.line}
      </Box>
      <Box component="td" data-change={side?.kind ?? 'none'} sx={{ ...cellSx, bgcolor, whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
        {side && (
          <>
            <Box component="span" aria-hidden sx={{ color: 'text.secondary', mr: 0.75 }}>
              {MARK[side.kind]}
            </Box>
            {SPOKEN[side.kind] && (
              <Box component="span" sx={srOnlySx}>
                {SPOKEN[side.kind]}
              </Box>
            )}
            {side.text}
          </>
        )}
      </Box>
    </>
  );
}

interface LineDiffProps {
  label: string;
  before: string;
  after: string;
  beforeTitle: string;
  afterTitle: string;
}

/** Two versions of a text side by side, line by line, with long unchanged stretches folded (a click unfolds them). */
export function LineDiff({ label, before, after, beforeTitle, afterTitle }: LineDiffProps) {
  const rows = useMemo(() => foldRows(pairLines(before, after)), [before, after]);
  const [open, setOpen] = useState<ReadonlySet<number>>(new Set());
  return (
    <Box
      component="table"
      sx={{
        width: '100%',
        tableLayout: 'fixed',
        borderCollapse: 'collapse',
        fontFamily: 'monospace',
        fontSize: '0.8125rem',
        lineHeight: 1.5,
      }}
    >
      <Box component="caption" sx={srOnlySx}>
        {label}, line by line: {beforeTitle} on the left, {afterTitle} on the right
      </Box>
      <colgroup>
        <col style={{ width: '3.5em' }} />
        <col />
        <col style={{ width: '3.5em' }} />
        <col />
      </colgroup>
      <thead>
        <tr>
          <Box component="th" colSpan={2} scope="colgroup" sx={srOnlySx}>
            {beforeTitle}
          </Box>
          <Box component="th" colSpan={2} scope="colgroup" sx={srOnlySx}>
            {afterTitle}
          </Box>
        </tr>
      </thead>
      <tbody>
        {rows.map((row, index) =>
          'pair' in row ? (
            <tr key={index}>
              <Cells side={row.pair.left} first />
              <Cells side={row.pair.right} />
            </tr>
          ) : open.has(row.fold) ? (
            <Fragment key={index}>
              {row.lines.map((pair, i) => (
                <tr key={i}>
                  <Cells side={pair.left} first />
                  <Cells side={pair.right} />
                </tr>
              ))}
            </Fragment>
          ) : (
            <tr key={index}>
              <Box component="td" colSpan={4} sx={{ p: 0, bgcolor: 'action.hover' }}>
                <Button size="small" fullWidth onClick={() => setOpen(new Set(open).add(row.fold))} sx={{ textTransform: 'none', py: 0 }}>
                  Show {row.lines.length} unchanged lines
                </Button>
              </Box>
            </tr>
          ),
        )}
      </tbody>
    </Box>
  );
}
