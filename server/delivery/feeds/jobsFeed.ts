import { cdataText, paragraphsHtml } from './feedText.js';
import type { FeedRow, NewestFeed } from './rss.js';

interface JobRow extends FeedRow {
  job_title: string;
  company_name: string;
  city: string;
  region: string | null;
  country: string;
  telecommuting: boolean;
  description: string;
  created: string;
}

/** python.org's /jobs/feed/rss/: the 20 newest approved jobs (expired, archived and removed ones have left "approved"). */
export const jobsFeed: NewestFeed = {
  table: 'jobs',
  columns: ['job_title', 'company_name', 'city', 'region', 'country', 'telecommuting', 'description', 'created'],
  visible: `status = 'approved'`,
  // Matches ix_jobs_approved, (created DESC) WHERE status = 'approved'.
  order: 'created DESC, id DESC',
  limit: 20,
  keys: { collection: 'jobs', record: 'job' },
  channel: {
    title: 'Python Job Board',
    description: 'The newest Python jobs on python.org.',
    path: '/jobs/',
    selfPath: '/jobs/feed/rss/',
  },
  item(row, site) {
    const job = row as JobRow;
    const place = [job.city, job.region, job.country].filter(Boolean).join(', ');
    const where = `${job.company_name}, ${place}${job.telecommuting ? ' (remote work possible)' : ''}`;
    return {
      // python.org's Job.display_name.
      title: cdataText(`${job.job_title}, ${job.company_name}`),
      link: `${site.origin}/jobs/${job.id}/`,
      date: new Date(job.created),
      description: `${paragraphsHtml(where)}\n${paragraphsHtml(job.description)}`,
    };
  },
};
