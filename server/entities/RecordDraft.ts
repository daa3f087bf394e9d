import { Column, Entity, JoinColumn, ManyToOne, Unique } from 'typeorm';
import type { Relation } from 'typeorm';
import { Timestamped } from './base.js';
import type { AuthToken } from './AuthToken.js';
import type { User } from './User.js';

/**
 * The pending draft of a live versioned record (server/crud/drafts/): the fields it changes, as
 * validated, kept apart from the record so the public API, the feeds and anonymous readers never
 * see it until it is published. One per record. Its row_version is set by the code, not the
 * trigger: it stays above the record's, so a client holding the record's version cannot overwrite
 * a draft it has not seen.
 */
@Entity('record_drafts')
@Unique('uq_record_drafts_record', ['resource', 'record_id'])
export class RecordDraft extends Timestamped {
  /** The resource name as in the URL, e.g. "pages". */
  @Column({ type: 'varchar', length: 64 })
  resource: string;

  @Column({ type: 'int' })
  record_id: number;

  /** The writable fields the draft sets, as a save's validated body (only those differing from the record when saved). */
  @Column({ type: 'jsonb' })
  values: Record<string, unknown>;

  @Column({ type: 'int', nullable: true })
  author_id: number | null;

  @ManyToOne('User', { onDelete: 'SET NULL', nullable: true })
  @JoinColumn({ name: 'author_id', foreignKeyConstraintName: 'fk_record_drafts_author' })
  author?: Relation<User> | null;

  @Column({ type: 'int', nullable: true })
  token_id: number | null;

  @ManyToOne('AuthToken', { onDelete: 'SET NULL', nullable: true })
  @JoinColumn({ name: 'token_id', foreignKeyConstraintName: 'fk_record_drafts_token' })
  token?: Relation<AuthToken> | null;
}
