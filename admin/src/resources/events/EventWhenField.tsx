import { Typography } from '@mui/material';
import { useGetList, useListContext, useRecordContext, type RaRecord } from 'react-admin';
import { describeOccurrence, describeRecurrence, type RecurrenceInput } from '../../../../server/domain/recurrence';

const PAGE = { page: 1, perPage: 1000 };

/**
 * When each event of the list happens. Every row asks for the rules of the whole page with the
 * same query, so react-query sends two requests per page, not two per row.
 */
function usePageRules() {
  const { data: events } = useListContext();
  const ids = (events ?? []).map((e) => e.id);
  const options = { enabled: ids.length > 0, staleTime: 30_000 };
  const filter = { event_id: ids };
  const oneOff = useGetList('occurring-rules', { filter, pagination: PAGE, sort: { field: 'id', order: 'ASC' } }, options);
  const repeating = useGetList('recurring-rules', { filter, pagination: PAGE, sort: { field: 'begin', order: 'ASC' } }, options);
  return { oneOff: oneOff.data ?? [], repeating: repeating.data ?? [] };
}

export function EventWhenField(_: { label?: string }) {
  const event = useRecordContext();
  const { oneOff, repeating } = usePageRules();
  if (!event) return null;
  const occurrence = oneOff.find((r) => r.event_id === event.id);
  const rules = repeating.filter((r: RaRecord) => r.event_id === event.id);
  const lines = [
    ...(occurrence ? [describeOccurrence(occurrence)] : []),
    ...rules.map((r) => describeRecurrence(r as unknown as RecurrenceInput)),
  ];
  if (!lines.length) {
    return (
      <Typography variant="body2" color="text.secondary">
        No dates
      </Typography>
    );
  }
  return (
    <Typography variant="body2" title={lines.join('\n')}>
      {lines[0]}
      {lines.length > 1 && ` (+${lines.length - 1} more)`}
    </Typography>
  );
}
