import { Check, Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import type { Relation } from 'typeorm';
import { Timestamped } from './base.js';
import { email } from './checks.js';
import type { Sponsor } from './Sponsor.js';
import type { User } from './User.js';

/** A contact person of a sponsor; the booleans are the roles they hold (primary, accounting, ...). */
@Entity('sponsor_contacts')
@Check('chk_sponsor_contacts_email', email('email'))
export class SponsorContact extends Timestamped {
  @Index('ix_sponsor_contacts_sponsor')
  @Column({ type: 'int' })
  sponsor_id: number;

  @ManyToOne('Sponsor', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'sponsor_id', foreignKeyConstraintName: 'fk_sponsor_contacts_sponsor' })
  sponsor?: Relation<Sponsor>;

  @Index('ix_sponsor_contacts_user')
  @Column({ type: 'int', nullable: true })
  user_id: number | null;

  /** SET NULL, not Django's CASCADE: deleting a login must not erase the sponsor's contact details. */
  @ManyToOne('User', { onDelete: 'SET NULL', nullable: true })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'fk_sponsor_contacts_user' })
  user?: Relation<User> | null;

  @Column({ type: 'boolean', default: false })
  primary: boolean;

  @Column({ type: 'boolean', default: false })
  administrative: boolean;

  @Column({ type: 'boolean', default: false })
  accounting: boolean;

  /** May manage the sponsorship's information on python.org. */
  @Column({ type: 'boolean', default: false })
  manager: boolean;

  @Column({ type: 'varchar', length: 100 })
  name: string;

  @Column({ type: 'varchar', length: 256 })
  email: string;

  @Column({ type: 'varchar', length: 32 })
  phone: string;
}
