import { Check, Column, Entity, Index, JoinColumn, ManyToOne, Unique } from 'typeorm';
import type { Relation } from 'typeorm';
import { Timestamped } from './base.js';
import { atLeast } from './checks.js';
import type { AuthToken } from './AuthToken.js';
import type { User } from './User.js';

/**
 * One committed save of a versioned record (a page, a release with its files…): the whole record
 * as stored then, numbered 1, 2, 3… per record, written in the save's own transaction. Restoring
 * writes a snapshot back through the pipeline, itself a new version.
 */
@Entity('record_versions')
@Unique('uq_record_versions_number', ['resource', 'record_id', 'number'])
@Check('chk_record_versions_number', atLeast('number', 1))
export class RecordVersion extends Timestamped {
  /** The resource name as in the URL, e.g. "pages". */
  @Column({ type: 'varchar', length: 64 })
  resource: string;

  @Column({ type: 'int' })
  record_id: number;

  @Column({ type: 'int' })
  number: number;

  /** The record's columns as stored (secrets and search vectors left out), and its owned children by resource. */
  @Column({ type: 'jsonb' })
  snapshot: Record<string, unknown>;

  /** Whether the record was published as of this version (kept however many others are pruned). */
  @Column({ type: 'boolean', default: false })
  published: boolean;

  @Index('ix_record_versions_author')
  @Column({ type: 'int', nullable: true })
  author_id: number | null;

  /** Kept when the user is deleted, like the audit log. */
  @ManyToOne('User', { onDelete: 'SET NULL', nullable: true })
  @JoinColumn({ name: 'author_id', foreignKeyConstraintName: 'fk_record_versions_author' })
  author?: Relation<User> | null;

  @Column({ type: 'int', nullable: true })
  token_id: number | null;

  @ManyToOne('AuthToken', { onDelete: 'SET NULL', nullable: true })
  @JoinColumn({ name: 'token_id', foreignKeyConstraintName: 'fk_record_versions_token' })
  token?: Relation<AuthToken> | null;

  @Column({ type: 'text', nullable: true })
  comment: string | null;
}
