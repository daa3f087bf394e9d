import { Box, Typography } from '@mui/material';

/** What an empty release says, instead of a blank table. */
export function ReleaseFilesEmpty({ canAdd }: { canAdd: boolean }) {
  return (
    <Box sx={{ py: 3, textAlign: 'center' }}>
      <Typography color="text.secondary">
        No files yet.{canAdd && ' Add the installers and source tarballs with “Add file”; each needs its URL, size and SHA-256.'}
      </Typography>
    </Box>
  );
}
