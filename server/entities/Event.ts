import { Check, Column, Entity, Index, JoinColumn, JoinTable, ManyToMany, ManyToOne, OneToMany, OneToOne } from 'typeorm';
import type { Relation } from 'typeorm';
import { MARKUP_TYPES, valuesOf } from '../domain/enums.js';
import { ContentManageable } from './base.js';
import type { Calendar } from './Calendar.js';
import { maxLength, oneOf } from './checks.js';
import type { EventCategory } from './EventCategory.js';
import type { EventLocation } from './EventLocation.js';
import type { OccurringRule } from './OccurringRule.js';
import type { RecurringRule } from './RecurringRule.js';

/** A community event; when it happens is in its occurring rule (one-off) or recurring rules. */
@Entity('events')
@Index('ix_events_search', { synchronize: false }) // GIN on search_vector: see the migration
@Index('ix_events_rank', { synchronize: false }) // GIN on rank_vector: see the migration
@Index('ix_events_upcoming', ['id'], { where: '"featured" = true' })
@Index('uq_events_calendar_uid', ['calendar_id', 'uid'], { unique: true, where: '"uid" IS NOT NULL' })
@Check('chk_events_description_markup_type', oneOf('description_markup_type', valuesOf(MARKUP_TYPES)))
@Check('chk_events_description', maxLength('description'))
export class Event extends ContentManageable {
  @Column({ type: 'varchar', length: 200, nullable: true })
  uid: string | null;

  @Column({ type: 'varchar', length: 200 })
  title: string;

  @Index('ix_events_calendar')
  @Column({ type: 'int' })
  calendar_id: number;

  /** Django cascades; we refuse deleting a calendar that still has events. */
  @ManyToOne('Calendar', { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'calendar_id', foreignKeyConstraintName: 'fk_events_calendar' })
  calendar?: Relation<Calendar>;

  @Index('ix_events_venue')
  @Column({ type: 'int', nullable: true })
  venue_id: number | null;

  /** Django cascades; deleting a venue should not delete its events. */
  @ManyToOne('EventLocation', { onDelete: 'SET NULL', nullable: true })
  @JoinColumn({ name: 'venue_id', foreignKeyConstraintName: 'fk_events_venue' })
  venue?: Relation<EventLocation> | null;

  @Column({ type: 'text' })
  description: string;

  @Column({ type: 'varchar', length: 30, default: 'rst' })
  description_markup_type: string;

  @Index('ix_events_featured')
  @Column({ type: 'boolean', default: false })
  featured: boolean;

  /** Shown by the public calendar feeds; an import unpublishes what its source cancelled or removed. */
  @Column({ type: 'boolean', default: true })
  is_published: boolean;

  /**
   * What the calendar import last set, field by field (title, description, venue, categories, dates):
   * a field whose value differs from it was edited by staff since, and the import leaves it alone.
   */
  @Column({ type: 'jsonb', default: () => "'{}'" })
  source_fields: Record<string, unknown>;

  /** When the event left its calendar's feed (it was unpublished then, not deleted). */
  @Column({ type: 'timestamptz', nullable: true })
  removed_at_source: Date | null;

  @ManyToMany('EventCategory')
  @JoinTable({
    name: 'event_category_associations',
    joinColumn: { name: 'event_id', referencedColumnName: 'id', foreignKeyConstraintName: 'fk_event_category_associations_event' },
    inverseJoinColumn: {
      name: 'category_id',
      referencedColumnName: 'id',
      foreignKeyConstraintName: 'fk_event_category_associations_category',
    },
  })
  categories?: Relation<EventCategory>[];

  @OneToOne('OccurringRule', 'event')
  occurring_rule?: Relation<OccurringRule> | null;

  @OneToMany('RecurringRule', 'event')
  recurring_rules?: Relation<RecurringRule>[];

  /** What `q` searches: title (A), description (B), weighted, kept up to date by a trigger (see the migration); never returned. */
  @Column({ type: 'tsvector', nullable: true, select: false })
  search_vector: string | null;

  /** What `q` ranks on: title (A), the search fields but the last, kept by the same trigger; never returned. */
  @Column({ type: 'tsvector', nullable: true, select: false })
  rank_vector: string | null;
}
