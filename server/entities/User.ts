import { Check, Column, Entity, Index, JoinTable, ManyToMany } from 'typeorm';
import type { Relation } from 'typeorm';
import { EMAIL_PRIVACY, MARKUP_TYPES, SEARCH_VISIBILITY, valuesOf } from '../domain/enums.js';
import { Timestamped } from './base.js';
import { email, identifier, oneOf } from './checks.js';
import type { Role } from './Role.js';

@Entity('users')
@Index('ix_users_created', ['created'])
@Index('ix_users_active', ['is_active'], { where: '"is_active" = true' })
// Sign-in looks names up case-insensitively, so uniqueness holds case-insensitively too (migration).
@Index('uq_users_username_lower', { synchronize: false })
@Index('uq_users_email_lower', { synchronize: false })
@Check('chk_users_bio_markup_type', oneOf('bio_markup_type', valuesOf(MARKUP_TYPES)))
@Check('chk_users_search_visibility', oneOf('search_visibility', valuesOf(SEARCH_VISIBILITY)))
@Check('chk_users_email_privacy', oneOf('email_privacy', valuesOf(EMAIL_PRIVACY)))
@Check('chk_users_username', identifier('username'))
@Check('chk_users_email', email('email'))
export class User extends Timestamped {
  /** Unique case-insensitively too: see the lower() indexes in the migrations. */
  @Index('ix_users_username', { unique: true })
  @Column({ type: 'varchar', length: 150 })
  username: string;

  @Index('ix_users_email', { unique: true })
  @Column({ type: 'varchar', length: 254 })
  email: string;

  /** argon2id hash; a secret that never leaves the server. */
  @Column({ type: 'varchar', length: 255 })
  password_hash: string;

  @Column({ type: 'varchar', length: 150, nullable: true })
  first_name: string | null;

  @Column({ type: 'varchar', length: 150, nullable: true })
  last_name: string | null;

  @Column({ type: 'boolean', default: true })
  is_active: boolean;

  @Column({ type: 'boolean', default: false })
  is_staff: boolean;

  @Column({ type: 'boolean', default: false })
  is_superuser: boolean;

  @Column({ type: 'text', nullable: true })
  bio: string | null;

  @Column({ type: 'varchar', length: 30, default: 'markdown' })
  bio_markup_type: string;

  @Column({ type: 'int', default: 1 })
  search_visibility: number;

  @Column({ type: 'int', default: 2 })
  email_privacy: number;

  @Column({ type: 'boolean', default: true })
  public_profile: boolean;

  @ManyToMany('Role', 'users')
  @JoinTable({
    name: 'user_roles',
    joinColumn: { name: 'user_id', referencedColumnName: 'id', foreignKeyConstraintName: 'fk_user_roles_user' },
    inverseJoinColumn: { name: 'role_id', referencedColumnName: 'id', foreignKeyConstraintName: 'fk_user_roles_role' },
  })
  roles?: Relation<Role>[];
}
