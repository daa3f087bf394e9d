import { Box, Typography } from '@mui/material';

/** The review queue's empty state: an empty queue is good news, not a missing-data message. */
export function NothingToReview() {
  return (
    <Box sx={{ p: 4, textAlign: 'center' }}>
      <Typography variant="h6">Nothing to review</Typography>
      <Typography color="text.secondary">Every submitted job has been moderated. New submissions appear here, oldest first.</Typography>
    </Box>
  );
}
