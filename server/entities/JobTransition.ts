import { Check, Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import type { Relation } from 'typeorm';
import { JOB_TRANSITIONS } from '../domain/jobWorkflow.js';
import { Timestamped } from './base.js';
import type { Job } from './Job.js';
import type { User } from './User.js';

/** Only triples the workflow allows can be recorded, whoever writes the row. */
const allowedTriples = JOB_TRANSITIONS.flatMap((t) =>
  t.from.map((from) => `("action" = '${t.action}' AND "from_status" = '${from}' AND "to_status" = '${t.to}')`),
).join(' OR ');

/** One step of a job's moderation history: who moved it, from where to where, and why. */
@Entity('job_transitions')
@Index('ix_job_transitions_job', ['job_id', 'created'])
@Check('chk_job_transitions_allowed', allowedTriples)
export class JobTransition extends Timestamped {
  @Column({ type: 'int' })
  job_id: number;

  /** A job's history goes with the job; jobs are normally removed by the workflow, not deleted. */
  @ManyToOne('Job', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'job_id', foreignKeyConstraintName: 'fk_job_transitions_job' })
  job?: Relation<Job>;

  @Column({ type: 'varchar', length: 20 })
  action: string;

  @Column({ type: 'varchar', length: 20 })
  from_status: string;

  @Column({ type: 'varchar', length: 20 })
  to_status: string;

  @Column({ type: 'text', nullable: true })
  reason: string | null;

  /** Null for the system (the expiry sweep) or a deleted user. */
  @Index('ix_job_transitions_actor')
  @Column({ type: 'int', nullable: true })
  actor_id: number | null;

  @ManyToOne('User', { onDelete: 'SET NULL', nullable: true })
  @JoinColumn({ name: 'actor_id', foreignKeyConstraintName: 'fk_job_transitions_actor' })
  actor?: Relation<User> | null;
}
