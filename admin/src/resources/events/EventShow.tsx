import { BooleanField, ChipField, EditButton, ListButton, ReferenceArrayField, ReferenceField, Show, SimpleShowLayout, SingleFieldList, TextField, TopToolbar } from 'react-admin';
import { useAccess } from '../../api/permissions';
import { HistoryButton } from '../../common/HistoryButton';
import { MarkupField } from '../../common/markup/MarkupField';
import { EventSchedule } from './EventSchedule';

/** The read-only view for people of other roles: the event as python.org shows it, and when it happens. */
export function EventShow() {
  const { write } = useAccess('events');
  return (
    <Show
      actions={
        <TopToolbar>
          <HistoryButton />
          {write && <EditButton />}
          <ListButton />
        </TopToolbar>
      }
    >
      <SimpleShowLayout>
        <TextField source="title" />
        <ReferenceField source="calendar_id" reference="calendars" label="Calendar" link={false} />
        <ReferenceField source="venue_id" reference="event-locations" label="Venue" link={false} emptyText="—" />
        <ReferenceArrayField source="category_ids" reference="event-categories" label="Categories">
          <SingleFieldList linkType={false} empty={<>—</>}>
            <ChipField source="name" size="small" />
          </SingleFieldList>
        </ReferenceArrayField>
        <BooleanField source="featured" />
        <MarkupField source="description" typeSource="description_markup_type" label="Description" />
      </SimpleShowLayout>
      <EventSchedule />
    </Show>
  );
}
