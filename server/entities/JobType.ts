import { Check, Column, Entity, Index } from 'typeorm';
import { Timestamped } from './base.js';
import { slug } from './checks.js';

/** A type tag of job postings (Web, Scientific, Cloud, ...). */
@Entity('job_types')
@Check('chk_job_types_slug', slug('slug'))
export class JobType extends Timestamped {
  @Column({ type: 'varchar', length: 200 })
  name: string;

  @Index('uq_job_types_slug', { unique: true })
  @Column({ type: 'varchar', length: 200 })
  slug: string;

  /** Inactive ones stay on old jobs but are not offered for new ones. */
  @Column({ type: 'boolean', default: true })
  active: boolean;
}
