import { Check, Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import type { Relation } from 'typeorm';
import { CONTRACT_TRANSITIONS } from '../domain/sponsorshipWorkflow.js';
import { allowedTriples } from '../domain/transitionRules.js';
import { WorkflowTransition } from './WorkflowTransition.js';
import type { Contract } from './Contract.js';
import type { User } from './User.js';

/** One step of a contract's workflow: who moved it, from where to where, and why. Only steps the workflow allows can be recorded. */
@Entity('contract_transitions')
@Index('ix_contract_transitions_contract', ['contract_id', 'created'])
@Check('chk_contract_transitions_allowed', allowedTriples(CONTRACT_TRANSITIONS))
export class ContractTransition extends WorkflowTransition {
  @Column({ type: 'int' })
  contract_id: number;

  /** The history goes with its record (a rolled-back sponsorship's draft contract, say). */
  @ManyToOne('Contract', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'contract_id', foreignKeyConstraintName: 'fk_contract_transitions_contract' })
  contract?: Relation<Contract>;

  /** Null for the system (a contract's execution finalizing its sponsorship) or a deleted user. */
  @Index('ix_contract_transitions_actor')
  @Column({ type: 'int', nullable: true })
  actor_id: number | null;

  @ManyToOne('User', { onDelete: 'SET NULL', nullable: true })
  @JoinColumn({ name: 'actor_id', foreignKeyConstraintName: 'fk_contract_transitions_actor' })
  actor?: Relation<User> | null;
}
