import { Box, Divider, Typography } from '@mui/material';
import type { ReactNode } from 'react';

/**
 * A titled group of inputs laid out in two columns on wide screens. Inputs given the class "wide"
 * span both columns (URLs, descriptions).
 */
export function FormSection({ title, description, children, first = false }: { title: string; description?: string; children: ReactNode; first?: boolean }) {
  return (
    <Box component="section" sx={{ width: '100%' }} aria-label={title}>
      {!first && <Divider sx={{ mb: 2 }} />}
      <Typography variant="subtitle1" component="h2" sx={{ fontWeight: 600 }}>
        {title}
      </Typography>
      {description && (
        <Typography variant="body2" color="text.secondary" sx={{ mb: 1 }}>
          {description}
        </Typography>
      )}
      <Box sx={{ display: 'grid', gridTemplateColumns: { xs: 'minmax(0, 1fr)', md: 'repeat(2, minmax(0, 1fr))' }, columnGap: 2, alignItems: 'start', '& > .wide': { gridColumn: '1 / -1' } }}>
        {children}
      </Box>
    </Box>
  );
}
