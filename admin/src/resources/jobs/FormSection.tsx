import { Box, Divider, Typography } from '@mui/material';
import type { ReactNode } from 'react';

/**
 * A titled group of inputs inside one RecordForm; `columns` lays short inputs out side by side on
 * wide screens. (Used by the jobs and memberships forms; a candidate for admin/src/common.)
 */
export function FormSection({ title, help, columns = 1, children }: { title: string; help?: string; columns?: 1 | 2 | 3; children: ReactNode }) {
  return (
    <Box component="section" sx={{ width: '100%', mb: 1 }} aria-label={title}>
      <Typography variant="subtitle1" component="h2" sx={{ fontWeight: 600, mt: 1 }}>
        {title}
      </Typography>
      {help && (
        <Typography variant="body2" color="text.secondary">
          {help}
        </Typography>
      )}
      <Divider sx={{ mt: 0.5, mb: 2 }} />
      <Box sx={{ display: 'grid', gridTemplateColumns: { xs: '1fr', md: `repeat(${columns}, minmax(0, 1fr))` }, columnGap: 2, alignItems: 'start' }}>
        {children}
      </Box>
    </Box>
  );
}
