import { Box, Typography } from '@mui/material';
import { Labeled, ReferenceField, useRecordContext } from 'react-admin';
import { JobPostedField } from './JobPostedField';
import { JobStatusChip } from './JobStatusChip';

/**
 * Where the job stands, read-only: status changes only through the moderation actions
 * (approve, reject, ...), never by editing the form.
 */
export function JobStatusLine() {
  const record = useRecordContext();
  if (!record?.id) return null;
  return (
    <Box sx={{ display: 'flex', flexWrap: 'wrap', gap: 4, alignItems: 'flex-start', mb: 2 }} data-testid="job-status-line">
      <Labeled label="Status">
        <Box>
          <JobStatusChip size="medium" />
          <Typography variant="caption" color="text.secondary" sx={{ display: 'block', mt: 0.5 }}>
            Changes only through moderation, not here.
          </Typography>
        </Box>
      </Labeled>
      <Labeled label="Posted">
        <JobPostedField />
      </Labeled>
      <Labeled label="Submitted by">
        <ReferenceField source="submitted_by_id" reference="users" link={false} emptyText="—" />
      </Labeled>
    </Box>
  );
}
