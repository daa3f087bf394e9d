import { Check, Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import type { Relation } from 'typeorm';
import { MARKUP_TYPES, valuesOf } from '../domain/enums.js';
import { Timestamped } from './base.js';
import { oneOf, slug } from './checks.js';
import type { ElectionKind } from './ElectionKind.js';

/** An election, with the windows in which nominations and endorsements are accepted. */
@Entity('elections')
@Check('chk_elections_description_markup_type', oneOf('description_markup_type', valuesOf(MARKUP_TYPES)))
@Check('chk_elections_slug', slug('slug', { allowEmpty: true }))
export class Election extends Timestamped {
  @Column({ type: 'varchar', length: 100 })
  name: string;

  @Column({ type: 'date' })
  date: string;

  @Index('ix_elections_kind')
  @Column({ type: 'int', nullable: true })
  kind_id: number | null;

  @ManyToOne('ElectionKind', { onDelete: 'SET NULL', nullable: true })
  @JoinColumn({ name: 'kind_id', foreignKeyConstraintName: 'fk_elections_kind' })
  kind?: Relation<ElectionKind> | null;

  @Column({ type: 'timestamptz', nullable: true })
  nominations_open_at: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  nominations_close_at: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  endorsements_open_at: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  endorsements_close_at: Date | null;

  @Column({ type: 'text', nullable: true })
  description: string | null;

  @Column({ type: 'varchar', length: 30, default: 'markdown' })
  description_markup_type: string;

  /** For an inaugural election, where nobody has served before. */
  @Column({ type: 'boolean', default: false })
  hide_previous_service: boolean;

  /** Derived from the name on save; not unique. Django's SlugField indexes it. */
  @Index('ix_elections_slug')
  @Column({ type: 'varchar', length: 255, nullable: true })
  slug: string | null;
}
