import AddIcon from '@mui/icons-material/Add';
import { Button, useRecordContext } from 'react-admin';
import { Link } from 'react-router-dom';

/** Opens the file create screen with this release filled in; saving there comes back here. */
export function AddFileButton() {
  const release = useRecordContext();
  if (!release) return null;
  const search = `?source=${encodeURIComponent(JSON.stringify({ release_id: release.id }))}`;
  return (
    <Button component={Link} to={{ pathname: '/release-files/create', search }} label="Add file" variant="contained">
      <AddIcon />
    </Button>
  );
}
