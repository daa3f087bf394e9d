import { Box, Typography } from '@mui/material';

/** How a release script uses a token: the header, never the URL (the server refuses tokens in query strings). */
export function TokenUsageExample({ token = '<token>' }: { token?: string }) {
  const command = `curl -H "Authorization: Bearer ${token}" ${window.location.origin}/api/releases`;
  return (
    <Box>
      <Typography variant="body2" color="text.secondary" gutterBottom>
        Scripts send the token in the Authorization header, for example:
      </Typography>
      <Box
        component="pre"
        data-testid="token-usage"
        sx={{
          m: 0,
          p: 1.5,
          borderRadius: 1,
          bgcolor: 'action.hover',
          fontFamily: 'monospace',
          fontSize: 13,
          whiteSpace: 'pre-wrap',
          wordBreak: 'break-all',
        }}
      >
        {command}
      </Box>
    </Box>
  );
}
