import ArrowBackIcon from '@mui/icons-material/ArrowBack';
import { Button, useGetOne, useRecordContext } from 'react-admin';
import { Link } from 'react-router-dom';

/** Files are managed from their release: this leads back to it, by name. */
export function BackToReleaseButton({ releaseId }: { releaseId?: number | null }) {
  const record = useRecordContext();
  const id = releaseId ?? (record?.release_id as number | undefined);
  const { data: release } = useGetOne('releases', { id: id! }, { enabled: id != null });
  if (id == null) return null;
  return (
    <Button component={Link} to={`/releases/${id}`} label={release ? `Back to ${release.name}` : 'Back to the release'}>
      <ArrowBackIcon />
    </Button>
  );
}
