import DescriptionIcon from '@mui/icons-material/Description';
import { Button, Paper, Stack, Typography } from '@mui/material';

/** A manifest too big to edit in the browser: what was loaded, and how to change it. */
export function LargeManifest({ description, disabled, onClear }: { description: string; disabled: boolean; onClear: () => void }) {
  return (
    <Paper variant="outlined" sx={{ p: 2 }} data-testid="large-manifest">
      <Stack direction="row" sx={{ alignItems: 'center', gap: 2 }}>
        <DescriptionIcon color="action" />
        <Stack sx={{ flexGrow: 1 }}>
          <Typography>{description}</Typography>
          <Typography variant="body2" color="text.secondary">
            Too large to edit here: change the file in your editor and upload it again.
          </Typography>
        </Stack>
        <Button onClick={onClear} disabled={disabled}>
          Clear
        </Button>
      </Stack>
    </Paper>
  );
}
