import { Check, Column, Entity, Index, JoinColumn, OneToOne } from 'typeorm';
import type { Relation } from 'typeorm';
import { Timestamped } from './base.js';
import type { Event } from './Event.js';

/** The single occurrence of a one-off event. */
@Entity('occurring_rules')
@Check('chk_occurring_rules_dates', '"dt_end" >= "dt_start"')
export class OccurringRule extends Timestamped {
  // unique: the one-to-one relation adds the constraint
  @Column({ type: 'int' })
  event_id: number;

  @OneToOne('Event', 'occurring_rule', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'event_id', foreignKeyConstraintName: 'fk_occurring_rules_event' })
  event?: Relation<Event>;

  @Index('ix_occurring_rules_dt_start')
  @Column({ type: 'timestamptz', default: () => 'now()' })
  dt_start: Date;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  dt_end: Date;

  @Column({ type: 'boolean', default: false })
  all_day: boolean;
}
