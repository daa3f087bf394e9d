import { Check, Column, Entity, Index } from 'typeorm';
import { ContentManageable } from './base.js';
import { httpUrl, slug } from './checks.js';

/** A calendar grouping events (Python events, user group events, ...), optionally fed from iCal. */
@Entity('calendars')
@Check('chk_calendars_slug', slug('slug'))
@Check('chk_calendars_url', httpUrl('url', { allowEmpty: true }))
@Check('chk_calendars_rss', httpUrl('rss', { allowEmpty: true }))
@Check('chk_calendars_embed', httpUrl('embed', { allowEmpty: true }))
@Check('chk_calendars_twitter', httpUrl('twitter', { allowEmpty: true }))
export class Calendar extends ContentManageable {
  @Column({ type: 'varchar', length: 100 })
  name: string;

  @Index('uq_calendars_slug', { unique: true })
  @Column({ type: 'varchar', length: 200 })
  slug: string;

  @Column({ type: 'varchar', length: 255, nullable: true })
  description: string | null;

  /** iCal feed the calendar is imported from. */
  @Column({ type: 'varchar', length: 500, nullable: true })
  url: string | null;

  @Column({ type: 'varchar', length: 500, nullable: true })
  rss: string | null;

  @Column({ type: 'varchar', length: 500, nullable: true })
  embed: string | null;

  @Column({ type: 'varchar', length: 500, nullable: true })
  twitter: string | null;

  /** The feed's ETag and Last-Modified at the last import, for a conditional GET. */
  @Column({ type: 'varchar', length: 500, nullable: true })
  import_etag: string | null;

  @Column({ type: 'varchar', length: 100, nullable: true })
  import_last_modified: string | null;

  /** The last import's report: when, how it went, what it created, updated, removed and skipped, and why. */
  @Column({ type: 'jsonb', nullable: true })
  last_import: Record<string, unknown> | null;
}
