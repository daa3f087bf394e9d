import { Check, Column, Entity, Index } from 'typeorm';
import { MARKUP_TYPES, valuesOf } from '../domain/enums.js';
import { ContentManageable } from './base.js';
import { maxLength, oneOf } from './checks.js';

/** The minutes of one PSF board meeting. */
@Entity('minutes')
@Index('ix_minutes_search', { synchronize: false }) // GIN on search_vector: see the migration
@Index('ix_minutes_created', ['created'])
@Check('chk_minutes_content_markup_type', oneOf('content_markup_type', valuesOf(MARKUP_TYPES)))
@Check('chk_minutes_content', maxLength('content'))
export class Minutes extends ContentManageable {
  /** The meeting date; not unique, as in Django. */
  @Index('ix_minutes_date')
  @Column({ type: 'date' })
  date: string;

  @Column({ type: 'text' })
  content: string;

  @Column({ type: 'varchar', length: 30, default: 'rst' })
  content_markup_type: string;

  @Index('ix_minutes_is_published')
  @Column({ type: 'boolean', default: false })
  is_published: boolean;

  /** What `q` searches: content (A), weighted, kept up to date by a trigger (see the migration); never returned. */
  @Column({ type: 'tsvector', nullable: true, select: false })
  search_vector: string | null;
}
