import { Box, Divider, Typography } from '@mui/material';
import type { ReactNode } from 'react';

/**
 * A titled group of inputs inside one RecordForm. `columns` lays short inputs side by side on wide
 * screens; an input with the class "wide" spans the whole row (URLs, descriptions).
 */
export function FormSection({
  title,
  help,
  columns = 1,
  first = false,
  children,
}: {
  title: string;
  help?: string;
  columns?: 1 | 2 | 3;
  first?: boolean;
  children: ReactNode;
}) {
  return (
    <Box component="section" sx={{ width: '100%', mb: 1 }} aria-label={title}>
      {!first && <Divider sx={{ mb: 2 }} />}
      <Typography variant="subtitle1" component="h2" sx={{ fontWeight: 600 }}>
        {title}
      </Typography>
      {help && (
        <Typography variant="body2" color="text.secondary" sx={{ mb: 1 }}>
          {help}
        </Typography>
      )}
      <Box
        sx={{
          display: 'grid',
          gridTemplateColumns: { xs: 'minmax(0, 1fr)', md: `repeat(${columns}, minmax(0, 1fr))` },
          columnGap: 2,
          alignItems: 'start',
          '& > .wide': { gridColumn: '1 / -1' },
        }}
      >
        {children}
      </Box>
    </Box>
  );
}
