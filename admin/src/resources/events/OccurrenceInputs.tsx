import { Box } from '@mui/material';
import { BooleanInput, required } from 'react-admin';
import { useWatch } from 'react-hook-form';
import { describeOccurrence } from '../../../../server/domain/recurrence';
import { RuleSummary } from './RuleSummary';
import { UtcDateTimeInput } from './UtcDateTimeInput';

export const OCCURRENCE_FIELDS = ['dt_start', 'dt_end', 'all_day'] as const;

/** Start, end and all-day of a one-off date, with its summary updated as the user types. */
export function OccurrenceInputs() {
  const [dtStart, dtEnd, allDay] = useWatch({ name: [...OCCURRENCE_FIELDS] });
  return (
    <>
      <BooleanInput source="all_day" label="All day" helperText={false} />
      <Box sx={{ display: 'grid', gridTemplateColumns: { xs: '1fr', sm: '1fr 1fr' }, columnGap: 2, alignItems: 'start' }}>
        <UtcDateTimeInput source="dt_start" label="Starts" dateOnly={allDay} validate={required()} />
        <UtcDateTimeInput source="dt_end" label="Ends" dateOnly={allDay} validate={required()} />
      </Box>
      <RuleSummary text={describeOccurrence({ dt_start: dtStart, dt_end: dtEnd, all_day: allDay })} empty="Choose when it starts." />
    </>
  );
}
