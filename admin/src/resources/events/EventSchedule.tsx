import EventRepeatIcon from '@mui/icons-material/EventRepeat';
import TodayIcon from '@mui/icons-material/Today';
import { Box, Button, List, Stack, Tooltip, Typography } from '@mui/material';
import { useState } from 'react';
import { useGetList, useRecordContext, type RaRecord } from 'react-admin';
import { describeOccurrence, describeRecurrence, WEEKLY } from '../../../../server/domain/recurrence';
import { useAccess } from '../../api/permissions';
import { OCCURRENCE_FIELDS, OccurrenceInputs } from './OccurrenceInputs';
import { RECURRENCE_FIELDS, RecurrenceInputs } from './RecurrenceInputs';
import { RuleDialog } from './RuleDialog';
import { ScheduleItem } from './ScheduleItem';

type Editing = { kind: 'occurrence' | 'recurrence'; record: Partial<RaRecord> } | null;
const ALL = { page: 1, perPage: 100 };

/**
 * "When": the event's one-off date (python.org allows one) and its recurrences, each in plain
 * English, editable in a dialog. Lives outside the event's form: each rule is its own record.
 */
export function EventSchedule() {
  const event = useRecordContext();
  const { write } = useAccess('recurring-rules');
  const [editing, setEditing] = useState<Editing>(null);
  const filter = { event_id: event?.id };
  const enabled = event?.id !== undefined;
  const occurrences = useGetList('occurring-rules', { filter, pagination: ALL, sort: { field: 'dt_start', order: 'ASC' } }, { enabled });
  const recurrences = useGetList('recurring-rules', { filter, pagination: ALL, sort: { field: 'begin', order: 'ASC' } }, { enabled });
  if (!event) return null;
  const oneOff = occurrences.data?.[0];
  const loading = occurrences.isPending || recurrences.isPending;
  const empty = !loading && !oneOff && !recurrences.data?.length;
  const close = () => setEditing(null);

  return (
    <Box component="section" aria-labelledby="event-when" sx={{ px: 2, pb: 2 }}>
      <Typography variant="h6" id="event-when">
        When
      </Typography>
      <Typography variant="body2" color="text.secondary">
        Dates and times are in UTC.{write && ' Each change here is saved on its own, separately from the event form above.'}
      </Typography>
      {(occurrences.error || recurrences.error) && <Typography color="error">The dates could not be loaded.</Typography>}
      {empty && (
        <Typography sx={{ my: 2 }} data-testid="schedule-empty">
          No dates yet: the event does not appear on the calendar.
          {write && ' Add a one-off date for a single event, or a recurrence for a regular meeting.'}
        </Typography>
      )}
      <List dense={false} data-testid="event-schedule">
        {occurrences.data?.map((rule) => (
          <ScheduleItem
            key={`o${rule.id}`}
            resource="occurring-rules"
            rule={rule}
            kind="One-off date"
            summary={describeOccurrence(rule)}
            onEdit={write ? () => setEditing({ kind: 'occurrence', record: rule }) : undefined}
          />
        ))}
        {recurrences.data?.map((rule) => (
          <ScheduleItem
            key={`r${rule.id}`}
            resource="recurring-rules"
            rule={rule}
            kind="Recurrence"
            summary={describeRecurrence(rule as Parameters<typeof describeRecurrence>[0])}
            onEdit={write ? () => setEditing({ kind: 'recurrence', record: rule }) : undefined}
          />
        ))}
      </List>
      {write && (
        <Stack direction="row" spacing={1}>
          <Tooltip title={oneOff ? 'An event has at most one one-off date: edit the one above.' : ''}>
            <span>
              <Button
                startIcon={<TodayIcon />}
                variant="outlined"
                disabled={Boolean(oneOff) || loading}
                onClick={() => setEditing({ kind: 'occurrence', record: { event_id: event.id, all_day: false } })}
              >
                Add one-off date
              </Button>
            </span>
          </Tooltip>
          <Button
            startIcon={<EventRepeatIcon />}
            variant="outlined"
            onClick={() =>
              setEditing({
                kind: 'recurrence',
                record: { event_id: event.id, frequency: WEEKLY, interval: 1, duration_minutes: 60, all_day: false },
              })
            }
          >
            Add recurrence
          </Button>
        </Stack>
      )}
      {editing?.kind === 'occurrence' && (
        <RuleDialog
          resource="occurring-rules"
          title={editing.record.id ? 'Edit one-off date' : 'Add a one-off date'}
          record={editing.record}
          fields={OCCURRENCE_FIELDS}
          onClose={close}
        >
          <OccurrenceInputs />
        </RuleDialog>
      )}
      {editing?.kind === 'recurrence' && (
        <RuleDialog
          resource="recurring-rules"
          title={editing.record.id ? 'Edit recurrence' : 'Add a recurrence'}
          record={editing.record}
          fields={RECURRENCE_FIELDS}
          onClose={close}
        >
          <RecurrenceInputs />
        </RuleDialog>
      )}
    </Box>
  );
}
