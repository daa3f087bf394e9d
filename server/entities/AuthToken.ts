import { Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import type { Relation } from 'typeorm';
import { Timestamped } from './base.js';
import type { User } from './User.js';

/** An API token for scripts. Only a SHA-256 hash of the secret is stored; the prefix identifies it in lists. */
@Entity('auth_tokens')
export class AuthToken extends Timestamped {
  @Index('ix_auth_tokens_user')
  @Column({ type: 'int' })
  user_id: number;

  @ManyToOne('User', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'fk_auth_tokens_user' })
  user?: Relation<User>;

  @Column({ type: 'varchar', length: 100 })
  name: string;

  @Index('uq_auth_tokens_token_hash', { unique: true })
  @Column({ type: 'varchar', length: 64 })
  token_hash: string;

  @Column({ type: 'varchar', length: 16 })
  token_prefix: string;

  @Column({ type: 'timestamptz', nullable: true })
  expires: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  last_used: Date | null;
}
