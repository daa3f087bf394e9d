import { Check, Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import type { Relation } from 'typeorm';
import { RECURRENCE_FREQUENCIES, valuesOf } from '../domain/enums.js';
import { Timestamped } from './base.js';
import { atLeast, oneOf } from './checks.js';
import type { Event } from './Event.js';

/**
 * A repeating schedule: every `interval` `frequency` units from `begin` until `finish`.
 * Django keeps the length twice (a "15 min" string and a parsed interval); we keep minutes.
 */
@Entity('recurring_rules')
@Check('chk_recurring_rules_frequency', oneOf('frequency', valuesOf(RECURRENCE_FREQUENCIES)))
@Check('chk_recurring_rules_interval', atLeast('interval', 1))
@Check('chk_recurring_rules_duration', atLeast('duration_minutes', 0))
@Check('chk_recurring_rules_dates', '"finish" >= "begin"')
export class RecurringRule extends Timestamped {
  @Index('ix_recurring_rules_event')
  @Column({ type: 'int' })
  event_id: number;

  @ManyToOne('Event', 'recurring_rules', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'event_id', foreignKeyConstraintName: 'fk_recurring_rules_event' })
  event?: Relation<Event>;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  begin: Date;

  @Index('ix_recurring_rules_finish')
  @Column({ type: 'timestamptz', default: () => 'now()' })
  finish: Date;

  @Column({ type: 'int', default: 15 })
  duration_minutes: number;

  @Column({ type: 'smallint', default: 1 })
  interval: number;

  @Column({ type: 'smallint', default: 2 })
  frequency: number;

  @Column({ type: 'boolean', default: false })
  all_day: boolean;
}
