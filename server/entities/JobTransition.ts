import { Check, Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import type { Relation } from 'typeorm';
import { JOB_TRANSITIONS } from '../domain/jobWorkflow.js';
import { allowedTriples } from '../domain/transitionRules.js';
import { WorkflowTransition } from './WorkflowTransition.js';
import type { Job } from './Job.js';
import type { User } from './User.js';

/** One step of a job's moderation history: who moved it, from where to where, and why. */
@Entity('job_transitions')
@Index('ix_job_transitions_job', ['job_id', 'created'])
@Check('chk_job_transitions_allowed', allowedTriples(JOB_TRANSITIONS))
export class JobTransition extends WorkflowTransition {
  @Column({ type: 'int' })
  job_id: number;

  /** A job's history goes with the job; jobs are normally removed by the workflow, not deleted. */
  @ManyToOne('Job', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'job_id', foreignKeyConstraintName: 'fk_job_transitions_job' })
  job?: Relation<Job>;

  /** Null for the system (the expiry sweep) or a deleted user. */
  @Index('ix_job_transitions_actor')
  @Column({ type: 'int', nullable: true })
  actor_id: number | null;

  @ManyToOne('User', { onDelete: 'SET NULL', nullable: true })
  @JoinColumn({ name: 'actor_id', foreignKeyConstraintName: 'fk_job_transitions_actor' })
  actor?: Relation<User> | null;
}
