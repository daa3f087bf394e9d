import { Box, Typography } from '@mui/material';
import { useRecordContext } from 'react-admin';

/** A role as a choice: its name, and underneath what it lets its holders change. */
export function RoleOption() {
  const role = useRecordContext();
  if (!role) return null;
  return (
    <Box component="span" sx={{ display: 'block', py: 0.5 }}>
      <Typography component="span" variant="body1" sx={{ display: 'block' }}>
        {role.name}
      </Typography>
      {role.description && (
        <Typography component="span" variant="body2" color="text.secondary" sx={{ display: 'block' }}>
          {role.description}
        </Typography>
      )}
    </Box>
  );
}
