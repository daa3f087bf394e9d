import { Box } from '@mui/material';
import type { ReactNode } from 'react';

/** Inputs side by side that wrap, one under the other, once narrower than `min` pixels each. */
export function InputRow({ min, children }: { min: number; children: ReactNode }) {
  return <Box sx={{ display: 'flex', gap: 2, flexWrap: 'wrap', '& > *': { flex: `1 1 ${min}px` } }}>{children}</Box>;
}
