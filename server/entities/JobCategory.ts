import { Check, Column, Entity, Index } from 'typeorm';
import { Timestamped } from './base.js';
import { slug } from './checks.js';

/** A category of job postings (Software Engineer, Data Scientist, ...). */
@Entity('job_categories')
@Check('chk_job_categories_slug', slug('slug'))
export class JobCategory extends Timestamped {
  @Column({ type: 'varchar', length: 200 })
  name: string;

  @Index('uq_job_categories_slug', { unique: true })
  @Column({ type: 'varchar', length: 200 })
  slug: string;

  /** Inactive ones stay on old jobs but are not offered for new ones. */
  @Column({ type: 'boolean', default: true })
  active: boolean;
}
