import { Box, Typography } from '@mui/material';

/** The plain-English reading of what is typed, shown under a rule's inputs as a check. */
export function RuleSummary({ text, empty }: { text: string; empty: string }) {
  return (
    <Box sx={{ mt: 1, p: 1.5, borderRadius: 1, bgcolor: 'action.hover' }} aria-live="polite">
      <Typography variant="caption" color="text.secondary" component="div">
        Reads as
      </Typography>
      <Typography variant="body1" data-testid="rule-summary" color={text ? 'text.primary' : 'text.secondary'}>
        {text || empty}
      </Typography>
    </Box>
  );
}
