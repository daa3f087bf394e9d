import { useState } from 'react';
import { useRecordContext } from 'react-admin';
import type { EditorialFields, Schedule } from './draftsApi';

/**
 * The record's pending schedule: as the record was read, or as the last change on this screen left
 * it. Kept beside the record rather than written into it, since a changed record resets the form
 * and would drop the user's unsaved edits; the next read of the record (a save, a publish) wins.
 */
export function useRecordSchedule() {
  const record = useRecordContext<EditorialFields>();
  const read: Schedule = { publish_at: record?.publish_at ?? null, unpublish_at: record?.unpublish_at ?? null };
  const basis = JSON.stringify(read);
  const [changed, setChanged] = useState<{ basis: string; schedule: Schedule } | null>(null);
  const schedule = changed?.basis === basis ? changed.schedule : read;
  return { schedule, setSchedule: (next: Schedule) => setChanged({ basis, schedule: next }) };
}
