import { paragraphsHtml } from './feedText.js';
import type { FeedRow, NewestFeed } from './rss.js';

interface MinutesRow extends FeedRow {
  /** YYYY-MM-DD. */
  date: string;
  content: string;
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** "October 14, 2026", as python.org titles its minutes. */
function meetingDay(date: string): string {
  const [year, month, day] = date.split('-').map(Number);
  return `${MONTHS[month - 1]} ${day}, ${year}`;
}

/** python.org's /psf/records/board/minutes/feed/: the 20 newest published minutes, by meeting date. */
export const minutesFeed: NewestFeed = {
  table: 'minutes',
  columns: ['date', 'content'],
  visible: 'is_published',
  order: 'date DESC, id DESC',
  limit: 20,
  keys: { collection: 'minutes', record: 'minutes' },
  channel: {
    title: 'PSF Board Meeting Minutes',
    description: 'Minutes of the Python Software Foundation board meetings.',
    path: '/psf/records/board/minutes/',
    selfPath: '/psf/records/board/minutes/feed/',
  },
  item(row, site) {
    const minutes = row as MinutesRow;
    return {
      title: `PSF Board Meeting Minutes, ${meetingDay(minutes.date)}`,
      link: `${site.origin}/psf/records/board/minutes/${minutes.date}/`,
      // The page is found by its date, which two minutes may share: the guid names the record.
      guid: `minutes-${minutes.id}@${site.host}`,
      date: new Date(`${minutes.date}T00:00:00Z`),
      description: paragraphsHtml(minutes.content) || undefined,
    };
  },
};
