import { Alert, AlertTitle, Box } from '@mui/material';
import type { Refusal } from './usePublish';

/**
 * Why "Publish" did not publish. With missing items (the files changed since the checklist was
 * loaded) it lists what the server found; the checklist above has been reloaded to match.
 */
export function PublishRefusal({ refusal }: { refusal: Refusal }) {
  if (!refusal.missing.length) {
    return (
      <Alert severity="warning" sx={{ my: 1 }}>
        {refusal.message}
      </Alert>
    );
  }
  return (
    <Alert severity="warning" sx={{ my: 1 }}>
      <AlertTitle>Not published: the release is no longer ready</AlertTitle>
      The release or its files changed since the checklist was loaded. Missing now:
      <Box component="ul" sx={{ m: 0, pl: 2 }}>
        {refusal.missing.map((item) => (
          <li key={item.key}>{item.detail || item.label}</li>
        ))}
      </Box>
    </Alert>
  );
}
