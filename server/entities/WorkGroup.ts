import { Check, Column, Entity, Index, JoinTable, ManyToMany } from 'typeorm';
import type { Relation } from 'typeorm';
import { MARKUP_TYPES, valuesOf } from '../domain/enums.js';
import { ContentManageable } from './base.js';
import { oneOf, slug } from './checks.js';
import type { User } from './User.js';

/** A PSF working group: its charter, organizers and members. */
@Entity('work_groups')
@Index('ix_work_groups_created', ['created'])
@Check('chk_work_groups_slug', slug('slug'))
@Check('chk_work_groups_purpose_markup_type', oneOf('purpose_markup_type', valuesOf(MARKUP_TYPES)))
@Check('chk_work_groups_active_time_markup_type', oneOf('active_time_markup_type', valuesOf(MARKUP_TYPES)))
@Check('chk_work_groups_core_values_markup_type', oneOf('core_values_markup_type', valuesOf(MARKUP_TYPES)))
@Check('chk_work_groups_rules_markup_type', oneOf('rules_markup_type', valuesOf(MARKUP_TYPES)))
@Check('chk_work_groups_communication_markup_type', oneOf('communication_markup_type', valuesOf(MARKUP_TYPES)))
@Check('chk_work_groups_support_markup_type', oneOf('support_markup_type', valuesOf(MARKUP_TYPES)))
export class WorkGroup extends ContentManageable {
  @Column({ type: 'varchar', length: 200 })
  name: string;

  @Index('uq_work_groups_slug', { unique: true })
  @Column({ type: 'varchar', length: 200 })
  slug: string;

  @Index('ix_work_groups_active')
  @Column({ type: 'boolean', default: true })
  active: boolean;

  @Index('ix_work_groups_approved')
  @Column({ type: 'boolean', default: false })
  approved: boolean;

  /** Shown on listing pages. */
  @Column({ type: 'text', default: '' })
  short_description: string;

  @Column({ type: 'text' })
  purpose: string;

  @Column({ type: 'varchar', length: 30, default: 'rst' })
  purpose_markup_type: string;

  @Column({ type: 'text' })
  active_time: string;

  @Column({ type: 'varchar', length: 30, default: 'rst' })
  active_time_markup_type: string;

  @Column({ type: 'text' })
  core_values: string;

  @Column({ type: 'varchar', length: 30, default: 'rst' })
  core_values_markup_type: string;

  @Column({ type: 'text' })
  rules: string;

  @Column({ type: 'varchar', length: 30, default: 'rst' })
  rules_markup_type: string;

  @Column({ type: 'text' })
  communication: string;

  @Column({ type: 'varchar', length: 30, default: 'rst' })
  communication_markup_type: string;

  @Column({ type: 'text', default: '' })
  support: string;

  @Column({ type: 'varchar', length: 30, default: 'rst' })
  support_markup_type: string;

  /** The group's main URL. */
  @Column({ type: 'varchar', length: 500, default: '' })
  url: string;

  @ManyToMany('User')
  @JoinTable({
    name: 'work_group_organizers',
    joinColumn: { name: 'work_group_id', referencedColumnName: 'id', foreignKeyConstraintName: 'fk_work_group_organizers_work_group' },
    inverseJoinColumn: { name: 'user_id', referencedColumnName: 'id', foreignKeyConstraintName: 'fk_work_group_organizers_user' },
  })
  organizers?: Relation<User>[];

  @ManyToMany('User')
  @JoinTable({
    name: 'work_group_members',
    joinColumn: { name: 'work_group_id', referencedColumnName: 'id', foreignKeyConstraintName: 'fk_work_group_members_work_group' },
    inverseJoinColumn: { name: 'user_id', referencedColumnName: 'id', foreignKeyConstraintName: 'fk_work_group_members_user' },
  })
  members?: Relation<User>[];
}
