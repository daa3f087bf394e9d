import { Check, Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import type { Relation } from 'typeorm';
import { Timestamped } from './base.js';
import { slug } from './checks.js';
import type { Calendar } from './Calendar.js';

/** A category of events (conference, sprint, user group meeting...), usually within one calendar. */
@Entity('event_categories')
@Check('chk_event_categories_slug', slug('slug'))
export class EventCategory extends Timestamped {
  @Column({ type: 'varchar', length: 200 })
  name: string;

  @Index('uq_event_categories_slug', { unique: true })
  @Column({ type: 'varchar', length: 200 })
  slug: string;

  @Index('ix_event_categories_calendar')
  @Column({ type: 'int', nullable: true })
  calendar_id: number | null;

  @ManyToOne('Calendar', { onDelete: 'CASCADE', nullable: true })
  @JoinColumn({ name: 'calendar_id', foreignKeyConstraintName: 'fk_event_categories_calendar' })
  calendar?: Relation<Calendar> | null;
}
