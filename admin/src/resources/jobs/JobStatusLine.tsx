import { Box, Typography } from '@mui/material';
import { Labeled, ReferenceField, useRecordContext } from 'react-admin';
import { JobModerationButtons } from './JobModerationButtons';
import { JobPostedField } from './JobPostedField';
import { JobStatusChip } from './JobStatusChip';

/**
 * Where the job stands, and below it what may be done with it now: status changes only through
 * the moderation actions (approve, reject, ...), never by editing the form.
 */
export function JobStatusLine() {
  const record = useRecordContext();
  if (!record?.id) return null;
  return (
    <Box sx={{ width: '100%', mb: 2 }}>
      <Box sx={{ display: 'flex', flexWrap: 'wrap', gap: 4, alignItems: 'flex-start', mb: 1 }} data-testid="job-status-line">
        <Labeled label="Status">
          <Box>
            <JobStatusChip size="medium" />
            <Typography variant="caption" color="text.secondary" sx={{ display: 'block', mt: 0.5 }}>
              Changes only through the moderation actions.
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
      <JobModerationButtons />
    </Box>
  );
}
