import StarIcon from '@mui/icons-material/Star';
import { Box, Tooltip, Typography } from '@mui/material';
import { useRecordContext } from 'react-admin';

/** The job title, marked with a star when the job is featured on python.org/jobs. */
export function JobTitleField(_props: { label?: string }) {
  const record = useRecordContext<{ job_title: string; is_featured: boolean }>();
  if (!record) return null;
  return (
    <Box component="span" sx={{ display: 'inline-flex', alignItems: 'center', gap: 0.5 }}>
      <Typography variant="body2" component="span" sx={{ fontWeight: 500 }}>
        {record.job_title}
      </Typography>
      {record.is_featured && (
        <Tooltip title="Featured">
          <StarIcon fontSize="inherit" color="secondary" aria-label="Featured" />
        </Tooltip>
      )}
    </Box>
  );
}
