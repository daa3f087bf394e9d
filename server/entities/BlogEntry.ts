import { Column, Entity, Index, JoinColumn, ManyToOne, Unique } from 'typeorm';
import type { Relation } from 'typeorm';
import { Timestamped } from './base.js';
import type { BlogFeed } from './BlogFeed.js';

/** A post of a blog feed, as its feed described it: one per feed and URL, updated when the feed changes it. */
@Entity('blog_entries')
@Unique('uq_blog_entries_url', ['feed_id', 'url'])
@Index('ix_blog_entries_pub_date', ['pub_date'])
export class BlogEntry extends Timestamped {
  @Index('ix_blog_entries_feed')
  @Column({ type: 'int' })
  feed_id: number;

  @ManyToOne('BlogFeed', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'feed_id', foreignKeyConstraintName: 'fk_blog_entries_feed' })
  feed?: Relation<BlogFeed>;

  @Column({ type: 'varchar', length: 500 })
  title: string;

  /** Sanitised HTML (or text) of the feed's summary. */
  @Column({ type: 'text', default: '' })
  summary: string;

  @Column({ type: 'varchar', length: 1000 })
  url: string;

  @Column({ type: 'timestamptz' })
  pub_date: Date;
}
