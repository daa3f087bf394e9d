import { Box, Typography } from '@mui/material';
import { DateField, Labeled, ReferenceField, useRecordContext } from 'react-admin';
import { SponsorshipDecision } from './SponsorshipDecision';
import { SponsorshipStatusField } from './SponsorshipStatusField';

/**
 * Where the sponsorship stands and when it got there, and below it what may be done with it now:
 * the status and its dates change only through the workflow's steps, never by editing the form.
 */
export function SponsorshipStatusLine() {
  const record = useRecordContext();
  if (!record?.id) return null;
  const dated = (source: string, label: string) =>
    record[source] ? (
      <Labeled label={label}>
        <DateField source={source} />
      </Labeled>
    ) : null;
  return (
    <Box sx={{ width: '100%', mb: 2 }}>
      <Box sx={{ display: 'flex', flexWrap: 'wrap', gap: 4, alignItems: 'flex-start', mb: 1 }} data-testid="sponsorship-status-line">
        <Labeled label="Status">
          <Box>
            <SponsorshipStatusField />
            <Typography variant="caption" color="text.secondary" sx={{ display: 'block', mt: 0.5 }}>
              Changes only through the steps below and the contract.
            </Typography>
          </Box>
        </Labeled>
        {dated('approved_on', 'Approved on')}
        {dated('rejected_on', 'Rejected on')}
        {dated('finalized_on', 'Finalized on')}
        {record.overlapped_by_id && (
          <Labeled label="Overlapped by">
            <ReferenceField source="overlapped_by_id" reference="sponsorships" />
          </Labeled>
        )}
      </Box>
      <SponsorshipDecision />
    </Box>
  );
}
