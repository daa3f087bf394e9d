import { Check, Column, Entity, Index } from 'typeorm';
import { POST_MEDIA_TYPES, POST_STATUSES } from '../domain/communityEnums.js';
import { MARKUP_TYPES, valuesOf } from '../domain/enums.js';
import { ContentManageable } from './base.js';
import { maxLength, oneOf } from './checks.js';

/** A community post (text, photo, video or link); its media live in links, photos and videos. */
@Entity('posts')
@Index('ix_posts_search', { synchronize: false }) // GIN on search_vector: see the migration
@Index('ix_posts_rank', { synchronize: false }) // GIN on rank_vector: see the migration
@Index('ix_posts_created', ['created'])
@Check('chk_posts_content_markup_type', oneOf('content_markup_type', valuesOf(MARKUP_TYPES)))
@Check('chk_posts_media_type', oneOf('media_type', valuesOf(POST_MEDIA_TYPES)))
@Check('chk_posts_status', oneOf('status', valuesOf(POST_STATUSES)))
@Check('chk_posts_content', maxLength('content'))
export class Post extends ContentManageable {
  @Column({ type: 'varchar', length: 200, nullable: true })
  title: string | null;

  @Column({ type: 'text' })
  content: string;

  @Column({ type: 'varchar', length: 30, default: 'html' })
  content_markup_type: string;

  @Column({ type: 'text', nullable: true })
  abstract: string | null;

  @Column({ type: 'int', default: 1 })
  media_type: number;

  @Column({ type: 'varchar', length: 1000, default: '' })
  source_url: string;

  @Column({ type: 'jsonb', default: () => "'{}'" })
  meta: Record<string, unknown>;

  @Index('ix_posts_status')
  @Column({ type: 'int', default: 1 })
  status: number;

  /** What `q` searches: title (A), content (B), weighted, kept up to date by a trigger (see the migration); never returned. */
  @Column({ type: 'tsvector', nullable: true, select: false })
  search_vector: string | null;

  /** What `q` ranks on: title (A), the search fields but the last, kept by the same trigger; never returned. */
  @Column({ type: 'tsvector', nullable: true, select: false })
  rank_vector: string | null;
}
