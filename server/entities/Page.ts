import { Check, Column, Entity, Index } from 'typeorm';
import { MARKUP_TYPES, valuesOf } from '../domain/enums.js';
import { PAGE_PATH_PATTERN, PATTERN_MESSAGES } from '../domain/rules.js';
import { ContentManageable } from './base.js';
import { matches, maxLength, oneOf } from './checks.js';

/** A flat CMS page placed in URL space by `path` (no leading slash). */
@Entity('pages')
@Index('ix_pages_search', { synchronize: false }) // GIN on search_vector: see the migration
@Index('ix_pages_rank', { synchronize: false }) // GIN on rank_vector: see the migration
@Index('ix_pages_created', ['created'])
@Index('ix_pages_path_published', ['path', 'is_published'])
@Index('ix_pages_content_fts', { synchronize: false }) // GIN on to_tsvector('english', content): see the migration
@Check('chk_pages_content_markup_type', oneOf('content_markup_type', valuesOf(MARKUP_TYPES)))
@Check('chk_pages_path', matches('path', PAGE_PATH_PATTERN, { message: PATTERN_MESSAGES.pagePath }))
@Check('chk_pages_content', maxLength('content'))
export class Page extends ContentManageable {
  @Column({ type: 'varchar', length: 500 })
  title: string;

  @Column({ type: 'varchar', length: 1000, nullable: true })
  keywords: string | null;

  @Column({ type: 'text', nullable: true })
  description: string | null;

  @Index('ix_pages_path', { unique: true })
  @Column({ type: 'varchar', length: 500 })
  path: string;

  @Column({ type: 'text' })
  content: string;

  @Column({ type: 'varchar', length: 30, default: 'rst' })
  content_markup_type: string;

  @Index('ix_pages_published')
  @Column({ type: 'boolean', default: true })
  is_published: boolean;

  @Column({ type: 'varchar', length: 150, default: 'text/html' })
  content_type: string;

  @Column({ type: 'varchar', length: 100, nullable: true })
  template_name: string | null;

  /** What `q` searches: title (A), content (B), weighted, kept up to date by a trigger (see the migration); never returned. */
  @Column({ type: 'tsvector', nullable: true, select: false })
  search_vector: string | null;

  /** What `q` ranks on: title (A), the search fields but the last, kept by the same trigger; never returned. */
  @Column({ type: 'tsvector', nullable: true, select: false })
  rank_vector: string | null;
}
