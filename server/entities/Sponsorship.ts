import { Check, Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import type { Relation } from 'typeorm';
import { SPONSORSHIP_STATUSES } from '../domain/communityEnums.js';
import type { SponsorshipStatus } from '../domain/communityEnums.js';
import { valuesOf } from '../domain/enums.js';
import { Timestamped } from './base.js';
import { atLeast, oneOf } from './checks.js';
import type { Sponsor } from './Sponsor.js';
import type { SponsorshipPackage } from './SponsorshipPackage.js';
import type { User } from './User.js';

/** A sponsor's application for, and then agreement on, a sponsorship for one year. */
@Entity('sponsorships')
@Check('chk_sponsorships_status', oneOf('status', valuesOf(SPONSORSHIP_STATUSES)))
@Check('chk_sponsorships_year', `"year" IS NULL OR "year" BETWEEN 2022 AND 2050`)
@Check('chk_sponsorships_sponsorship_fee', atLeast('sponsorship_fee', 0))
@Check('chk_sponsorships_dates', `"start_date" IS NULL OR "end_date" IS NULL OR "start_date" < "end_date"`)
@Check(
  'chk_sponsorships_approved_terms',
  `"status" NOT IN ('approved', 'finalized') OR ("start_date" IS NOT NULL AND "end_date" IS NOT NULL AND "approved_on" IS NOT NULL AND "sponsorship_fee" IS NOT NULL)`,
)
export class Sponsorship extends Timestamped {
  @Index('ix_sponsorships_submitted_by')
  @Column({ type: 'int', nullable: true })
  submitted_by_id: number | null;

  @ManyToOne('User', { onDelete: 'SET NULL', nullable: true })
  @JoinColumn({ name: 'submitted_by_id', foreignKeyConstraintName: 'fk_sponsorships_submitted_by' })
  submitted_by?: Relation<User> | null;

  @Index('ix_sponsorships_sponsor')
  @Column({ type: 'int', nullable: true })
  sponsor_id: number | null;

  /** RESTRICT, not Django's SET NULL: a sponsorship that forgot its sponsor is a lost financial record. */
  @ManyToOne('Sponsor', { onDelete: 'RESTRICT', nullable: true })
  @JoinColumn({ name: 'sponsor_id', foreignKeyConstraintName: 'fk_sponsorships_sponsor' })
  sponsor?: Relation<Sponsor> | null;

  @Index('ix_sponsorships_status')
  @Column({ type: 'varchar', length: 20, default: 'applied' })
  status: SponsorshipStatus;

  /** Set when the status leaves 'applied' (Django's save() does so); staff may clear it. */
  @Column({ type: 'boolean', default: false })
  locked: boolean;

  @Column({ type: 'date', nullable: true })
  start_date: string | null;

  @Column({ type: 'date', nullable: true })
  end_date: string | null;

  @Column({ type: 'date', default: () => 'CURRENT_DATE' })
  applied_on: string;

  @Column({ type: 'date', nullable: true })
  approved_on: string | null;

  @Column({ type: 'date', nullable: true })
  rejected_on: string | null;

  @Column({ type: 'date', nullable: true })
  finalized_on: string | null;

  @Index('ix_sponsorships_year')
  @Column({ type: 'int', nullable: true })
  year: number | null;

  @Column({ type: 'boolean', default: false })
  for_modified_package: boolean;

  /** Deprecated in Django, kept until its data has been checked by hand. */
  @Column({ type: 'varchar', length: 64, default: '' })
  level_name_old: string;

  @Index('ix_sponsorships_package')
  @Column({ type: 'int', nullable: true })
  package_id: number | null;

  @ManyToOne('SponsorshipPackage', { onDelete: 'SET NULL', nullable: true })
  @JoinColumn({ name: 'package_id', foreignKeyConstraintName: 'fk_sponsorships_package' })
  package?: Relation<SponsorshipPackage> | null;

  @Column({ type: 'int', nullable: true })
  sponsorship_fee: number | null;

  @Index('ix_sponsorships_overlapped_by')
  @Column({ type: 'int', nullable: true })
  overlapped_by_id: number | null;

  @ManyToOne('Sponsorship', { onDelete: 'SET NULL', nullable: true })
  @JoinColumn({ name: 'overlapped_by_id', foreignKeyConstraintName: 'fk_sponsorships_overlapped_by' })
  overlapped_by?: Relation<Sponsorship> | null;

  @Column({ type: 'boolean', nullable: true })
  renewal: boolean | null;
}
