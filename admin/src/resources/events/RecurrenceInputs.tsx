import { Box } from '@mui/material';
import { BooleanInput, minValue, NumberInput, required, SelectInput } from 'react-admin';
import { useWatch } from 'react-hook-form';
import { RECURRENCE_FREQUENCIES } from '../../../../server/domain/enums';
import { describeRecurrence } from '../../../../server/domain/recurrence';
import { RuleSummary } from './RuleSummary';
import { UtcDateTimeInput } from './UtcDateTimeInput';

export const RECURRENCE_FIELDS = ['begin', 'finish', 'frequency', 'interval', 'duration_minutes', 'all_day'] as const;

const frequencies = [...RECURRENCE_FREQUENCIES];
const row = { display: 'grid', gridTemplateColumns: { xs: '1fr', sm: '1fr 1fr' }, columnGap: 2, alignItems: 'start' } as const;

/** "Every [n] [weeks]", first and last date, length: rrule's terms with a plain-English reading below. */
export function RecurrenceInputs() {
  const [begin, finish, frequency, interval, duration, allDay] = useWatch({ name: [...RECURRENCE_FIELDS] });
  return (
    <>
      <Box sx={row}>
        <NumberInput
          source="interval"
          label="Every"
          validate={[required(), minValue(1, 'At least 1.')]}
          step={1}
          min={1}
          helperText="2 = every other"
        />
        <SelectInput source="frequency" label="Unit" choices={frequencies} validate={required()} helperText={false} />
      </Box>
      <BooleanInput source="all_day" label="All day" helperText={false} />
      <Box sx={row}>
        <UtcDateTimeInput
          source="begin"
          label="First occurrence"
          dateOnly={allDay}
          validate={required()}
          helperText="Sets the weekday, day and time."
        />
        <UtcDateTimeInput source="finish" label="Repeats until" dateOnly={allDay} validate={required()} />
      </Box>
      {!allDay && (
        <Box sx={row}>
          <NumberInput
            source="duration_minutes"
            label="Length (minutes)"
            validate={minValue(0, 'At least 0.')}
            step={15}
            min={0}
            helperText={false}
          />
        </Box>
      )}
      <RuleSummary
        text={describeRecurrence({ frequency, interval, begin, finish, duration_minutes: duration, all_day: allDay })}
        empty="Choose how often it repeats."
      />
    </>
  );
}
