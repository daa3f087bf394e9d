import { Check, Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import type { Relation } from 'typeorm';
import { Timestamped } from './base.js';
import type { Election } from './Election.js';
import type { User } from './User.js';
import { slug } from './checks.js';

/** A candidate in an election: a user, once per election. */
@Entity('nominees')
@Index('uq_nominees_user_election', ['user_id', 'election_id'], { unique: true })
@Check('chk_nominees_slug', slug('slug', { allowEmpty: true }))
export class Nominee extends Timestamped {
  @Index('ix_nominees_election')
  @Column({ type: 'int' })
  election_id: number;

  /** RESTRICT, not Django's CASCADE: deleting an election would erase its candidates and their nominations. */
  @ManyToOne('Election', { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'election_id', foreignKeyConstraintName: 'fk_nominees_election' })
  election?: Relation<Election>;

  @Index('ix_nominees_user')
  @Column({ type: 'int', nullable: true })
  user_id: number | null;

  /** RESTRICT, not Django's CASCADE: deleting an account would erase the candidacy and the nominations for it. */
  @ManyToOne('User', { onDelete: 'RESTRICT', nullable: true })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'fk_nominees_user' })
  user?: Relation<User> | null;

  @Column({ type: 'boolean', default: false })
  accepted: boolean;

  @Column({ type: 'boolean', default: false })
  approved: boolean;

  /** Derived from the user's name on save. Django's SlugField indexes it. */
  @Index('ix_nominees_slug')
  @Column({ type: 'varchar', length: 255, nullable: true })
  slug: string | null;
}
