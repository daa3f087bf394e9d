import { Box, Typography } from '@mui/material';
import type { ReactNode } from 'react';

/**
 * A titled group of inputs laid out in InputRows, for long forms (users, sponsors, sponsorships) whose
 * rows hold different numbers of inputs. FormSection's fixed columns suit forms with regular rows.
 */
export function InputGroup({ title, maxWidth = 860, children }: { title: string; maxWidth?: number; children: ReactNode }) {
  return (
    <Box sx={{ width: '100%', maxWidth, mb: 2 }}>
      <Typography variant="h6" gutterBottom>
        {title}
      </Typography>
      {children}
    </Box>
  );
}
