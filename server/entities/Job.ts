import { Check, Column, Entity, Index, JoinColumn, JoinTable, ManyToMany, ManyToOne } from 'typeorm';
import type { Relation } from 'typeorm';
import { JOB_STATUSES, MARKUP_TYPES, valuesOf } from '../domain/enums.js';
import { ContentManageable } from './base.js';
import { email, httpUrl, maxLength, oneOf } from './checks.js';
import type { JobCategory } from './JobCategory.js';
import type { JobType } from './JobType.js';
import type { User } from './User.js';

/** A job board posting; `status` moves only through the moderation workflow. */
@Entity('jobs')
@Index('ix_jobs_search', { synchronize: false }) // GIN on search_vector: see the migration
@Index('ix_jobs_rank', { synchronize: false }) // GIN on rank_vector: see the migration
@Index('ix_jobs_created', { synchronize: false }) // (created DESC): TypeORM cannot express the order; see the migration
@Index('ix_jobs_approved', { synchronize: false }) // (created DESC) WHERE status = 'approved'
@Index('ix_jobs_description_fts', { synchronize: false }) // GIN on to_tsvector('english', description)
@Check('chk_jobs_status', oneOf('status', valuesOf(JOB_STATUSES)))
@Check('chk_jobs_company_description_markup_type', oneOf('company_description_markup_type', valuesOf(MARKUP_TYPES)))
@Check('chk_jobs_description_markup_type', oneOf('description_markup_type', valuesOf(MARKUP_TYPES)))
@Check('chk_jobs_requirements_markup_type', oneOf('requirements_markup_type', valuesOf(MARKUP_TYPES)))
@Check('chk_jobs_url', httpUrl('url'))
// An approved job always knows when it expires (approval sets it), so the expiry sweep can find it.
@Check('chk_jobs_approved_expires', `"status" <> 'approved' OR "expires" IS NOT NULL`)
@Check('chk_jobs_description', maxLength('description'))
@Check('chk_jobs_email', email('email'))
export class Job extends ContentManageable {
  @Index('ix_jobs_category')
  @Column({ type: 'int' })
  category_id: number;

  /** Django cascades; a category in use cannot be deleted (deactivate it instead). */
  @ManyToOne('JobCategory', { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'category_id', foreignKeyConstraintName: 'fk_jobs_category' })
  category?: Relation<JobCategory>;

  @ManyToMany('JobType')
  @JoinTable({
    name: 'job_type_associations',
    joinColumn: { name: 'job_id', referencedColumnName: 'id', foreignKeyConstraintName: 'fk_job_type_associations_job' },
    inverseJoinColumn: { name: 'job_type_id', referencedColumnName: 'id', foreignKeyConstraintName: 'fk_job_type_associations_job_type' },
  })
  job_types?: Relation<JobType>[];

  @Column({ type: 'varchar', length: 100, nullable: true })
  other_job_type: string | null;

  @Column({ type: 'varchar', length: 100 })
  company_name: string;

  @Column({ type: 'text', nullable: true })
  company_description: string | null;

  @Column({ type: 'varchar', length: 30, default: 'rst' })
  company_description_markup_type: string;

  @Column({ type: 'varchar', length: 100 })
  job_title: string;

  @Column({ type: 'varchar', length: 100 })
  city: string;

  @Column({ type: 'varchar', length: 100, nullable: true })
  region: string | null;

  @Index('ix_jobs_country')
  @Column({ type: 'varchar', length: 100 })
  country: string;

  /** Derived from city, region and country by the server; never written by clients. */
  @Column({ type: 'varchar', length: 350, default: '' })
  location_slug: string;

  @Column({ type: 'varchar', length: 100, default: '' })
  country_slug: string;

  @Column({ type: 'text' })
  description: string;

  @Column({ type: 'varchar', length: 30, default: 'rst' })
  description_markup_type: string;

  @Column({ type: 'text' })
  requirements: string;

  @Column({ type: 'varchar', length: 30, default: 'rst' })
  requirements_markup_type: string;

  @Column({ type: 'varchar', length: 100, nullable: true })
  contact: string | null;

  @Column({ type: 'varchar', length: 254 })
  email: string;

  @Column({ type: 'varchar', length: 500 })
  url: string;

  @Index('ix_jobs_submitted_by')
  @Column({ type: 'int', nullable: true })
  submitted_by_id: number | null;

  @ManyToOne('User', { onDelete: 'SET NULL', nullable: true })
  @JoinColumn({ name: 'submitted_by_id', foreignKeyConstraintName: 'fk_jobs_submitted_by' })
  submitted_by?: Relation<User> | null;

  @Index('ix_jobs_status')
  @Column({ type: 'varchar', length: 20, default: 'draft' })
  status: string;

  @Index('ix_jobs_expires')
  @Column({ type: 'timestamptz', nullable: true })
  expires: Date | null;

  @Column({ type: 'boolean', default: false })
  telecommuting: boolean;

  @Column({ type: 'boolean', default: true })
  agencies: boolean;

  @Index('ix_jobs_featured')
  @Column({ type: 'boolean', default: false })
  is_featured: boolean;

  /** What `q` searches: job_title (A), company_name (B), description (C), weighted, kept up to date by a trigger (see the migration); never returned. */
  @Column({ type: 'tsvector', nullable: true, select: false })
  search_vector: string | null;

  /** What `q` ranks on: job_title (A), company_name (B), the search fields but the last, kept by the same trigger; never returned. */
  @Column({ type: 'tsvector', nullable: true, select: false })
  rank_vector: string | null;
}
