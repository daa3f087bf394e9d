import { Check, Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import type { Relation } from 'typeorm';
import { Timestamped } from './base.js';
import type { Sponsorship } from './Sponsorship.js';
import type { SponsorshipBenefit } from './SponsorshipBenefit.js';
import type { SponsorshipProgram } from './SponsorshipProgram.js';
import { atLeast } from './checks.js';

/**
 * A benefit as granted to one sponsorship: a copy of the catalogue benefit's names and value,
 * so later catalogue edits leave the agreement unchanged.
 */
@Entity('sponsor_benefits')
@Check('chk_sponsor_benefits_benefit_internal_value', atLeast('benefit_internal_value', 0))
export class SponsorBenefit extends Timestamped {
  @Index('ix_sponsor_benefits_sponsorship')
  @Column({ type: 'int' })
  sponsorship_id: number;

  @ManyToOne('Sponsorship', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'sponsorship_id', foreignKeyConstraintName: 'fk_sponsor_benefits_sponsorship' })
  sponsorship?: Relation<Sponsorship>;

  @Index('ix_sponsor_benefits_sponsorship_benefit')
  @Column({ type: 'int', nullable: true })
  sponsorship_benefit_id: number | null;

  @ManyToOne('SponsorshipBenefit', { onDelete: 'SET NULL', nullable: true })
  @JoinColumn({ name: 'sponsorship_benefit_id', foreignKeyConstraintName: 'fk_sponsor_benefits_sponsorship_benefit' })
  sponsorship_benefit?: Relation<SponsorshipBenefit> | null;

  @Column({ type: 'varchar', length: 1024 })
  program_name: string;

  @Column({ type: 'varchar', length: 1024 })
  name: string;

  @Column({ type: 'text', nullable: true })
  description: string | null;

  @Index('ix_sponsor_benefits_program')
  @Column({ type: 'int', nullable: true })
  program_id: number | null;

  @ManyToOne('SponsorshipProgram', { onDelete: 'SET NULL', nullable: true })
  @JoinColumn({ name: 'program_id', foreignKeyConstraintName: 'fk_sponsor_benefits_program' })
  program?: Relation<SponsorshipProgram> | null;

  @Column({ type: 'int', nullable: true })
  benefit_internal_value: number | null;

  @Column({ type: 'boolean', default: false })
  added_by_user: boolean;

  @Column({ type: 'boolean', default: false })
  standalone: boolean;

  @Column({ type: 'int', default: 0 })
  order: number;
}
