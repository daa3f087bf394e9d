import { Check, Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import type { Relation } from 'typeorm';
import { MARKUP_TYPES, valuesOf } from '../domain/enums.js';
import { Timestamped } from './base.js';
import { email, oneOf } from './checks.js';
import type { Election } from './Election.js';
import type { Nominee } from './Nominee.js';
import type { User } from './User.js';

/** A nomination of a candidate, or an endorsement of an approved one, submitted by a user. */
@Entity('nominations')
@Check('chk_nominations_nomination_statement_markup_type', oneOf('nomination_statement_markup_type', valuesOf(MARKUP_TYPES)))
@Check('chk_nominations_email', email('email', { allowEmpty: true }))
export class Nomination extends Timestamped {
  @Index('ix_nominations_election')
  @Column({ type: 'int' })
  election_id: number;

  /** RESTRICT, not Django's CASCADE: nominations are the election's record. */
  @ManyToOne('Election', { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'election_id', foreignKeyConstraintName: 'fk_nominations_election' })
  election?: Relation<Election>;

  /** The candidate's details as the nominator gave them. */
  @Column({ type: 'varchar', length: 1024, nullable: true })
  name: string | null;

  @Column({ type: 'varchar', length: 1024, nullable: true })
  email: string | null;

  @Column({ type: 'varchar', length: 1024, nullable: true })
  previous_board_service: string | null;

  @Column({ type: 'varchar', length: 1024, nullable: true })
  employer: string | null;

  @Column({ type: 'varchar', length: 2048, nullable: true })
  other_affiliations: string | null;

  @Column({ type: 'text', nullable: true })
  nomination_statement: string | null;

  @Column({ type: 'varchar', length: 30, default: 'markdown' })
  nomination_statement_markup_type: string;

  @Index('ix_nominations_nominator')
  @Column({ type: 'int' })
  nominator_id: number;

  /** RESTRICT, not Django's CASCADE: deleting an account must not erase nominations it made for others. */
  @ManyToOne('User', { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'nominator_id', foreignKeyConstraintName: 'fk_nominations_nominator' })
  nominator?: Relation<User>;

  @Index('ix_nominations_nominee')
  @Column({ type: 'int', nullable: true })
  nominee_id: number | null;

  /** RESTRICT, not Django's CASCADE: removing a candidate must not silently erase what was submitted for them. */
  @ManyToOne('Nominee', { onDelete: 'RESTRICT', nullable: true })
  @JoinColumn({ name: 'nominee_id', foreignKeyConstraintName: 'fk_nominations_nominee' })
  nominee?: Relation<Nominee> | null;

  @Column({ type: 'boolean', default: false })
  accepted: boolean;

  @Column({ type: 'boolean', default: false })
  approved: boolean;

  /** Submitted in the endorsement window for an already-approved candidate. */
  @Column({ type: 'boolean', default: false })
  is_endorsement: boolean;

  @Column({ type: 'boolean', default: false })
  coc_acknowledged: boolean;

  @Column({ type: 'boolean', default: false })
  mission_alignment: boolean;

  @Column({ type: 'boolean', default: false })
  eligibility_confirmed: boolean;
}
