import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, UpdateDateColumn } from 'typeorm';
import type { Relation } from 'typeorm';
import type { User } from './User.js';

/**
 * Server-side sessions, shared by every server process. The columns sid/sess/expire are
 * the layout connect-pg-simple reads and writes; user_id lets a password change end
 * a user's other sessions with one DELETE.
 */
@Entity('sessions')
export class Session {
  @PrimaryColumn({ type: 'varchar', length: 255 })
  sid: string;

  @Column({ type: 'jsonb' })
  sess: Record<string, unknown>;

  @Index('ix_sessions_expire')
  @Column({ type: 'timestamptz' })
  expire: Date;

  @Index('ix_sessions_user')
  @Column({ type: 'int', nullable: true })
  user_id: number | null;

  @ManyToOne('User', { onDelete: 'CASCADE', nullable: true })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'fk_sessions_user' })
  user?: Relation<User> | null;

  @CreateDateColumn({ type: 'timestamptz', default: () => 'now()' })
  created: Date;

  @UpdateDateColumn({ type: 'timestamptz', default: () => 'now()' })
  updated: Date;
}
