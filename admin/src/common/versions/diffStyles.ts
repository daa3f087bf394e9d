import { alpha, type Theme } from '@mui/material/styles';

/**
 * Added and removed highlights from the theme's success and error colours, a little stronger on a
 * dark background, so both modes read alike. Colour is never the only sign: each changed line or
 * value also carries a +/− mark and words for screen readers.
 */
const tint = (pick: (theme: Theme) => string) => (theme: Theme) => alpha(pick(theme), theme.palette.mode === 'dark' ? 0.24 : 0.14);

export const addedSx = { bgcolor: tint((t) => t.palette.success.main) };
export const removedSx = { bgcolor: tint((t) => t.palette.error.main) };

/** Read by screen readers, not shown. */
export const srOnlySx = {
  position: 'absolute',
  width: '1px',
  height: '1px',
  p: 0,
  m: '-1px',
  overflow: 'hidden',
  clip: 'rect(0 0 0 0)',
  whiteSpace: 'nowrap',
  border: 0,
} as const;
