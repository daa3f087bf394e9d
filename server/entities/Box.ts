import { Check, Column, Entity, Index } from 'typeorm';
import { MARKUP_TYPES, valuesOf } from '../domain/enums.js';
import { ContentManageable } from './base.js';
import { maxLength, oneOf, slug } from './checks.js';

/** A reusable snippet of content that templates include by its label. */
@Entity('boxes')
@Index('ix_boxes_search', { synchronize: false }) // GIN on search_vector: see the migration
@Index('ix_boxes_rank', { synchronize: false }) // GIN on rank_vector: see the migration
@Check('chk_boxes_content_markup_type', oneOf('content_markup_type', valuesOf(MARKUP_TYPES)))
@Check('chk_boxes_label', slug('label'))
@Check('chk_boxes_content', maxLength('content'))
export class Box extends ContentManageable {
  @Index('uq_boxes_label', { unique: true })
  @Column({ type: 'varchar', length: 100 })
  label: string;

  @Column({ type: 'text', default: '' })
  content: string;

  @Column({ type: 'varchar', length: 30, default: 'rst' })
  content_markup_type: string;

  /** What `q` searches: label (A), content (B), weighted, kept up to date by a trigger (see the migration); never returned. */
  @Column({ type: 'tsvector', nullable: true, select: false })
  search_vector: string | null;

  /** What `q` ranks on: label (A), the search fields but the last, kept by the same trigger; never returned. */
  @Column({ type: 'tsvector', nullable: true, select: false })
  rank_vector: string | null;
}
