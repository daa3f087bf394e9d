import { Box, Card, CardContent, Typography } from '@mui/material';
import { useRecordContext } from 'react-admin';
import { WorkflowHistory } from '../../common/WorkflowHistory';
import { ContractPanel } from './ContractPanel';

/** Beside the sponsorship's form: its contract and its history of steps. */
export function SponsorshipAside() {
  const record = useRecordContext<{ id: number }>();
  if (!record) return null;
  return (
    <Box
      component="aside"
      sx={{ width: { xs: '100%', lg: 400 }, flexShrink: 0, ml: { lg: 2 }, mt: { xs: 2, lg: 0 }, alignSelf: 'flex-start' }}
    >
      <Card aria-label="Sponsorship history">
        <CardContent>
          <Typography variant="h6" component="h2" gutterBottom>
            History
          </Typography>
          <WorkflowHistory resource="sponsorships" id={record.id} empty="Applied; no decision yet." />
        </CardContent>
      </Card>
      <ContractPanel />
    </Box>
  );
}
