import { Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import type { Relation } from 'typeorm';
import { Timestamped } from './base.js';
import type { Calendar } from './Calendar.js';

/** A venue where events take place. */
@Entity('event_locations')
export class EventLocation extends Timestamped {
  @Index('ix_event_locations_calendar')
  @Column({ type: 'int', nullable: true })
  calendar_id: number | null;

  @ManyToOne('Calendar', { onDelete: 'CASCADE', nullable: true })
  @JoinColumn({ name: 'calendar_id', foreignKeyConstraintName: 'fk_event_locations_calendar' })
  calendar?: Relation<Calendar> | null;

  @Column({ type: 'varchar', length: 255 })
  name: string;

  @Column({ type: 'varchar', length: 255, nullable: true })
  address: string | null;

  @Column({ type: 'varchar', length: 500, nullable: true })
  url: string | null;
}
