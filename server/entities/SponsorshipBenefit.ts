import { Check, Column, Entity, Index, JoinColumn, JoinTable, ManyToMany, ManyToOne } from 'typeorm';
import type { Relation } from 'typeorm';
import { Timestamped } from './base.js';
import type { SponsorshipPackage } from './SponsorshipPackage.js';
import type { SponsorshipProgram } from './SponsorshipProgram.js';
import { atLeast } from './checks.js';

/** A benefit of the yearly sponsorship catalogue, offered in packages or à la carte. */
@Entity('sponsorship_benefits')
@Check('chk_sponsorship_benefits_internal_value', atLeast('internal_value', 0))
@Check('chk_sponsorship_benefits_capacity', atLeast('capacity', 0))
@Check('chk_sponsorship_benefits_year', `"year" IS NULL OR "year" BETWEEN 2022 AND 2050`)
export class SponsorshipBenefit extends Timestamped {
  @Column({ type: 'varchar', length: 1024 })
  name: string;

  @Column({ type: 'text', nullable: true })
  description: string | null;

  @Index('ix_sponsorship_benefits_program')
  @Column({ type: 'int' })
  program_id: number;

  /** RESTRICT, not Django's CASCADE: deleting a programme would wipe its benefits of every year. */
  @ManyToOne('SponsorshipProgram', { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'program_id', foreignKeyConstraintName: 'fk_sponsorship_benefits_program' })
  program?: Relation<SponsorshipProgram>;

  @ManyToMany('SponsorshipPackage')
  @JoinTable({
    name: 'sponsorship_benefit_packages',
    joinColumn: {
      name: 'sponsorship_benefit_id',
      referencedColumnName: 'id',
      foreignKeyConstraintName: 'fk_sponsorship_benefit_packages_sponsorship_benefit',
    },
    inverseJoinColumn: {
      name: 'sponsorship_package_id',
      referencedColumnName: 'id',
      foreignKeyConstraintName: 'fk_sponsorship_benefit_packages_sponsorship_package',
    },
  })
  packages?: Relation<SponsorshipPackage>[];

  /** Only available as part of a package, never à la carte. */
  @Column({ type: 'boolean', default: false })
  package_only: boolean;

  @Column({ type: 'boolean', default: false })
  new: boolean;

  @Column({ type: 'boolean', default: false })
  unavailable: boolean;

  @Column({ type: 'boolean', default: false })
  standalone: boolean;

  @Column({ type: 'text', nullable: true })
  internal_description: string | null;

  @Column({ type: 'int', nullable: true })
  internal_value: number | null;

  @Column({ type: 'int', nullable: true })
  capacity: number | null;

  @Column({ type: 'boolean', default: false })
  soft_capacity: boolean;

  @Index('ix_sponsorship_benefits_year')
  @Column({ type: 'int', nullable: true })
  year: number | null;

  @Column({ type: 'int', default: 0 })
  order: number;
}
