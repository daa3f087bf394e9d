import { Check, Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import type { Relation } from 'typeorm';
import { MARKUP_TYPES, valuesOf } from '../domain/enums.js';
import { ContentManageable } from './base.js';
import { oneOf } from './checks.js';
import type { Job } from './Job.js';

/** A comment by a moderator or the submitter on a job under review. */
@Entity('job_review_comments')
@Check('chk_job_review_comments_comment_markup_type', oneOf('comment_markup_type', valuesOf(MARKUP_TYPES)))
export class JobReviewComment extends ContentManageable {
  @Index('ix_job_review_comments_job')
  @Column({ type: 'int' })
  job_id: number;

  @ManyToOne('Job', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'job_id', foreignKeyConstraintName: 'fk_job_review_comments_job' })
  job?: Relation<Job>;

  @Column({ type: 'text' })
  comment: string;

  @Column({ type: 'varchar', length: 30, default: 'rst' })
  comment_markup_type: string;
}
