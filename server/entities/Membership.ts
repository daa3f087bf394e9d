import { Check, Column, Entity, JoinColumn, OneToOne } from 'typeorm';
import type { Relation } from 'typeorm';
import { MEMBERSHIP_TYPES, valuesOf } from '../domain/enums.js';
import { Timestamped } from './base.js';
import { email, oneOf } from './checks.js';
import type { User } from './User.js';

/** PSF membership: one per user, holding personal data only staff may read. */
@Entity('memberships')
@Check('chk_memberships_membership_type', oneOf('membership_type', valuesOf(MEMBERSHIP_TYPES)))
@Check('chk_memberships_email_address', email('email_address'))
export class Membership extends Timestamped {
  /** The member's user account; deleting the account deletes the membership with its personal data. */
  @Column({ type: 'int' })
  creator_id: number;

  @OneToOne('User', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'creator_id', foreignKeyConstraintName: 'fk_memberships_creator' })
  creator?: Relation<User>;

  @Column({ type: 'int', default: 0 })
  membership_type: number;

  @Column({ type: 'varchar', length: 100 })
  legal_name: string;

  @Column({ type: 'varchar', length: 100 })
  preferred_name: string;

  @Column({ type: 'varchar', length: 100 })
  email_address: string;

  @Column({ type: 'varchar', length: 100, nullable: true })
  city: string | null;

  @Column({ type: 'varchar', length: 100, nullable: true })
  region: string | null;

  @Column({ type: 'varchar', length: 100, nullable: true })
  country: string | null;

  @Column({ type: 'varchar', length: 20, nullable: true })
  postal_code: string | null;

  @Column({ type: 'boolean', nullable: true })
  psf_code_of_conduct: boolean | null;

  @Column({ type: 'boolean', nullable: true })
  psf_announcements: boolean | null;

  @Column({ type: 'boolean', default: false })
  votes: boolean;

  @Column({ type: 'timestamptz', nullable: true })
  last_vote_affirmation: Date | null;
}
