import { httpClient } from '../dataProvider';

/** GET /api/schedule's status filter (docs/api.md, "Drafts, scheduled publishing and preview links"). */
export const SCHEDULE_STATUSES = ['pending', 'failed', 'done'] as const;
export type ScheduleStatus = (typeof SCHEDULE_STATUSES)[number];

/** One scheduled publish or unpublish. */
export interface ScheduleEntry {
  id: number;
  resource: string;
  record_id: number;
  /** The record's title or name; null once it is deleted. */
  label: string | null;
  action: 'publish' | 'unpublish';
  run_at: string;
  status: ScheduleStatus;
  /** Why a failed one was not applied. */
  reason: string | null;
  author: string | null;
  created: string;
  finished: string | null;
}

export interface SchedulePage {
  entries: ScheduleEntry[];
  total: number;
}

// Under one prefix: react-admin's refresh invalidates every query, these included.
export const scheduleKey = (status: ScheduleStatus, page: number, perPage: number) => ['schedule', status, page, perPage];

/** One page (counted from 0) of the entries with this status, soonest first. */
export async function fetchSchedule(status: ScheduleStatus, page: number, perPage: number): Promise<SchedulePage> {
  const range = encodeURIComponent(JSON.stringify([page * perPage, (page + 1) * perPage - 1]));
  const { json, headers } = await httpClient(`/api/schedule?status=${status}&range=${range}`);
  const entries = json as ScheduleEntry[];
  const total = Number(headers.get('Content-Range')?.split('/').pop());
  return { entries, total: Number.isInteger(total) ? total : entries.length };
}
