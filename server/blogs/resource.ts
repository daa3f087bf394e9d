import { defineResource } from '../crud/resource.js';
import { BlogEntry } from '../entities/BlogEntry.js';
import { BlogFeed } from '../entities/BlogFeed.js';

export const blogFeeds = defineResource(BlogFeed, {
  path: 'blog-feeds',
  access: { write: ['content_editor'] },
  quickSearch: 'name',
  filters: ['active'],
  sort: ['name', 'created'],
  defaultSort: ['name', 'ASC'],
  // Kept by the import (server/blogs/import.ts).
  readOnly: ['import_etag', 'import_last_modified', 'last_import'],
  constraintMessages: { fk_blog_entries_feed: 'This feed has entries; they go with it.' },
});

/** Entries come from their feeds: listed, searched and removed here, edited by the next import. */
export const blogEntries = defineResource(BlogEntry, {
  path: 'blog-entries',
  operations: ['list', 'get', 'delete'],
  access: { write: ['content_editor'] },
  quickSearch: 'title',
  filters: ['feed_id', 'pub_date'],
  sort: ['pub_date', 'title'],
  defaultSort: ['pub_date', 'DESC'],
});
