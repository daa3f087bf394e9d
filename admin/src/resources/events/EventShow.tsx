import {
  BooleanField,
  ChipField,
  ReferenceArrayField,
  ReferenceField,
  Show,
  SimpleShowLayout,
  SingleFieldList,
  TextField,
} from 'react-admin';
import { ShowActions } from '../../common/ShowActions';
import { MarkupField } from '../../common/markup/MarkupField';
import { EventSchedule } from './EventSchedule';

/** The read-only view for people of other roles: the event as python.org shows it, and when it happens. */
export function EventShow() {
  return (
    <Show actions={<ShowActions />}>
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
