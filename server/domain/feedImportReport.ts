/**
 * What an import from a feed did (a calendar's iCalendar, a blog's RSS or Atom): returned by
 * POST /api/{calendars|blog-feeds}/{id}/import and kept as the record's `last_import`. Types shared
 * by the server and the admin's report panel.
 */
export interface FeedImportReport {
  at: string;
  status: 'imported' | 'not-modified' | 'failed';
  message?: string;
  created: number;
  updated: number;
  unchanged: number;
  skipped: number;
  /** What was left out, and why. */
  errors: { uid?: string | null; title: string | null; message: string }[];
}

/** A calendar's report also counts events gone from the feed, and lists the staff edits it kept. */
export interface CalendarImportReport extends FeedImportReport {
  removed: number;
  kept_staff_edits: { uid: string; title: string; fields: string[] }[];
}

/** A report with nothing done yet. */
export const emptyFeedReport = (status: FeedImportReport['status'], message?: string): FeedImportReport => ({
  at: new Date().toISOString(),
  status,
  ...(message && { message }),
  created: 0,
  updated: 0,
  unchanged: 0,
  skipped: 0,
  errors: [],
});
