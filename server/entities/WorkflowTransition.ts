import { Column } from 'typeorm';
import { Timestamped } from './base.js';

/**
 * What every workflow's history row says: which action moved the record from which state to which,
 * and why. Each history table adds its subject and actor columns (their indexes and foreign keys
 * carry the table's name) and a CHECK of the steps its workflow allows.
 */
export abstract class WorkflowTransition extends Timestamped {
  @Column({ type: 'varchar', length: 20 })
  action: string;

  @Column({ type: 'varchar', length: 20 })
  from_status: string;

  @Column({ type: 'varchar', length: 20 })
  to_status: string;

  @Column({ type: 'text', nullable: true })
  reason: string | null;
}
