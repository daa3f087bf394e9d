import { Check, Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import type { Relation } from 'typeorm';
import { SPONSORSHIP_TRANSITIONS } from '../domain/sponsorshipWorkflow.js';
import { allowedTriples } from '../domain/transitionRules.js';
import { WorkflowTransition } from './WorkflowTransition.js';
import type { Sponsorship } from './Sponsorship.js';
import type { User } from './User.js';

/** One step of a sponsorship's workflow: who moved it, from where to where, and why. Only steps the workflow allows can be recorded. */
@Entity('sponsorship_transitions')
@Index('ix_sponsorship_transitions_sponsorship', ['sponsorship_id', 'created'])
@Check('chk_sponsorship_transitions_allowed', allowedTriples(SPONSORSHIP_TRANSITIONS))
export class SponsorshipTransition extends WorkflowTransition {
  @Column({ type: 'int' })
  sponsorship_id: number;

  /** The history goes with its record (a rolled-back sponsorship's draft contract, say). */
  @ManyToOne('Sponsorship', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'sponsorship_id', foreignKeyConstraintName: 'fk_sponsorship_transitions_sponsorship' })
  sponsorship?: Relation<Sponsorship>;

  /** Null for the system (a contract's execution finalizing its sponsorship) or a deleted user. */
  @Index('ix_sponsorship_transitions_actor')
  @Column({ type: 'int', nullable: true })
  actor_id: number | null;

  @ManyToOne('User', { onDelete: 'SET NULL', nullable: true })
  @JoinColumn({ name: 'actor_id', foreignKeyConstraintName: 'fk_sponsorship_transitions_actor' })
  actor?: Relation<User> | null;
}
