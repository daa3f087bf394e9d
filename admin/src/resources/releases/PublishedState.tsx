import CheckCircleIcon from '@mui/icons-material/CheckCircle';
import { Chip } from '@mui/material';

/** Whether the release is on python.org, as a chip that reads the same on every screen. */
export function PublishedState({ published }: { published: boolean }) {
  return published ? (
    <Chip icon={<CheckCircleIcon />} label="Published" color="success" data-testid="published-state" />
  ) : (
    <Chip label="Not published" variant="outlined" data-testid="published-state" />
  );
}
