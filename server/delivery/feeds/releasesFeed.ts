import { cdataText, paragraphsHtml } from './feedText.js';
import type { FeedRow, NewestFeed } from './rss.js';

interface ReleaseRow extends FeedRow {
  name: string;
  slug: string;
  release_date: string;
  content: string;
}

/** python.org's /downloads/feed.rss: the 10 newest published releases, dated by their release date. */
export const releasesFeed: NewestFeed = {
  table: 'releases',
  columns: ['name', 'slug', 'release_date', 'content'],
  visible: 'is_published',
  // Matches ix_releases_release_date (release_date, id), read backwards.
  order: 'release_date DESC, id DESC',
  limit: 10,
  keys: { collection: 'releases', record: 'release' },
  channel: {
    title: 'Python Releases',
    description: 'The latest Python releases from python.org.',
    path: '/downloads/',
    selfPath: '/downloads/feed.rss',
  },
  item(row, site) {
    const release = row as ReleaseRow;
    return {
      title: cdataText(release.name),
      link: `${site.origin}/downloads/release/${release.slug}/`,
      date: new Date(release.release_date),
      description: paragraphsHtml(release.content) || undefined,
    };
  },
};
