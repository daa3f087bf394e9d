import { Check, Column, Entity, Index, ManyToMany } from 'typeorm';
import type { Relation } from 'typeorm';
import { ROLE_SLUGS } from '../domain/enums.js';
import { Timestamped } from './base.js';
import { oneOf } from './checks.js';
import type { User } from './User.js';

/** A role grants write permissions (see docs/api.md, Roles); the slug is what the code checks. */
@Entity('roles')
@Check('chk_roles_slug', oneOf('slug', ROLE_SLUGS))
export class Role extends Timestamped {
  @Index('ix_roles_slug', { unique: true })
  @Column({ type: 'varchar', length: 50 })
  slug: string;

  @Column({ type: 'varchar', length: 100 })
  name: string;

  @Column({ type: 'text', nullable: true })
  description: string | null;

  @ManyToMany('User', 'roles')
  users?: Relation<User>[];
}
