import { Typography } from '@mui/material';
import { useRecordContext } from 'react-admin';

interface Located {
  city: string;
  region: string | null;
  country: string;
  telecommuting: boolean;
}

/** "City, Region, Country", with a note when the job can be done remotely. */
export function JobLocationField(_props: { label?: string }) {
  const record = useRecordContext<Located>();
  if (!record) return null;
  return (
    <>
      <Typography variant="body2" component="span">
        {[record.city, record.region, record.country].filter(Boolean).join(', ')}
      </Typography>
      {record.telecommuting && (
        <Typography variant="caption" component="span" color="text.secondary" sx={{ display: 'block' }}>
          Remote work possible
        </Typography>
      )}
    </>
  );
}
