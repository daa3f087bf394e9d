import { Check, Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import type { Relation } from 'typeorm';
import { Timestamped } from './base.js';
import { oneOf } from './checks.js';
import type { AuthToken } from './AuthToken.js';
import type { User } from './User.js';

export const AUDIT_ACTIONS = ['create', 'update', 'delete'] as const;

/**
 * One write through the API: who, when, which record, and each changed field's old and new
 * value. Written in the same transaction as the change; secrets are never recorded.
 */
@Entity('audit_log')
@Index('ix_audit_log_record', ['resource', 'record_id', 'created'])
@Index('ix_audit_log_created', ['created', 'id'])
@Check('chk_audit_log_action', oneOf('action', AUDIT_ACTIONS))
export class AuditLog extends Timestamped {
  @Index('ix_audit_log_actor')
  @Column({ type: 'int', nullable: true })
  actor_id: number | null;

  /** Kept when the user is deleted: the log outlives accounts. */
  @ManyToOne('User', { onDelete: 'SET NULL', nullable: true })
  @JoinColumn({ name: 'actor_id', foreignKeyConstraintName: 'fk_audit_log_actor' })
  actor?: Relation<User> | null;

  /** The API token the actor wrote with, when not through a signed-in session. */
  @Column({ type: 'int', nullable: true })
  token_id: number | null;

  @ManyToOne('AuthToken', { onDelete: 'SET NULL', nullable: true })
  @JoinColumn({ name: 'token_id', foreignKeyConstraintName: 'fk_audit_log_token' })
  token?: Relation<AuthToken> | null;

  /** The resource name as in the URL, e.g. "release-files". */
  @Column({ type: 'varchar', length: 64 })
  resource: string;

  @Column({ type: 'int' })
  record_id: number;

  @Column({ type: 'varchar', length: 10 })
  action: string;

  /** `{"field": {"old": ..., "new": ...}}`; on create old is absent, on delete new is. */
  @Column({ type: 'jsonb', default: () => "'{}'" })
  changes: Record<string, { old?: unknown; new?: unknown }>;
}
