import { Check, Column, Entity } from 'typeorm';
import { Timestamped } from './base.js';
import { httpUrl } from './checks.js';

/** A blog whose newest posts python.org shows (Python Insider and others): imported from its RSS or Atom feed (server/blogs/). */
@Entity('blog_feeds')
@Check('chk_blog_feeds_feed_url', httpUrl('feed_url'))
@Check('chk_blog_feeds_website_url', httpUrl('website_url', { allowEmpty: true }))
export class BlogFeed extends Timestamped {
  @Column({ type: 'varchar', length: 200 })
  name: string;

  /** The blog's own page. */
  @Column({ type: 'varchar', length: 500, nullable: true })
  website_url: string | null;

  @Column({ type: 'varchar', length: 500 })
  feed_url: string;

  /** Imported on schedule; off: kept as it is. */
  @Column({ type: 'boolean', default: true })
  active: boolean;

  /** The feed's ETag and Last-Modified at the last import, for a conditional GET. */
  @Column({ type: 'varchar', length: 500, nullable: true })
  import_etag: string | null;

  @Column({ type: 'varchar', length: 100, nullable: true })
  import_last_modified: string | null;

  /** The last import's report. */
  @Column({ type: 'jsonb', nullable: true })
  last_import: Record<string, unknown> | null;
}
