import { Check, Column, Entity, Index } from 'typeorm';
import { Timestamped } from './base.js';
import { atLeast, slug } from './checks.js';

/** A predefined sponsorship level for a year (Visionary, Sustainability, ...) bundling benefits. */
@Entity('sponsorship_packages')
@Check('chk_sponsorship_packages_sponsorship_amount', atLeast('sponsorship_amount', 0))
@Check('chk_sponsorship_packages_logo_dimension', atLeast('logo_dimension', 0))
@Check('chk_sponsorship_packages_slug', slug('slug'))
@Check('chk_sponsorship_packages_year', `"year" IS NULL OR "year" BETWEEN 2022 AND 2050`)
export class SponsorshipPackage extends Timestamped {
  @Column({ type: 'varchar', length: 64 })
  name: string;

  @Column({ type: 'int' })
  sponsorship_amount: number;

  @Column({ type: 'boolean', default: false })
  advertise: boolean;

  @Column({ type: 'int', default: 175 })
  logo_dimension: number;

  /** Not unique, as in Django: each year's packages repeat the levels. */
  @Index('ix_sponsorship_packages_slug')
  @Column({ type: 'varchar', length: 200 })
  slug: string;

  @Index('ix_sponsorship_packages_year')
  @Column({ type: 'int', nullable: true })
  year: number | null;

  @Column({ type: 'boolean', default: true })
  allow_a_la_carte: boolean;

  @Column({ type: 'int', default: 0 })
  order: number;
}
