import { Column, CreateDateColumn, JoinColumn, ManyToOne, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import type { Relation } from 'typeorm';
import type { User } from './User.js';

/**
 * Columns every table shares. `updated` and `row_version` are also maintained by a
 * BEFORE UPDATE trigger (see the first migration), so raw SQL cannot forget them;
 * the generic layer checks `row_version` inside its UPDATE for optimistic locking.
 */
export abstract class Timestamped {
  @PrimaryGeneratedColumn({ type: 'int' })
  id: number;

  @CreateDateColumn({ type: 'timestamptz', default: () => 'now()' })
  created: Date;

  @UpdateDateColumn({ type: 'timestamptz', default: () => 'now()' })
  updated: Date;

  @Column({ type: 'int', default: 1 })
  row_version: number;
}

/**
 * pythondotorg's ContentManageable: who created a record and who changed it last.
 * Deleting a user keeps their content and forgets the stamp (SET NULL), as Django does.
 */
export abstract class ContentManageable extends Timestamped {
  @Column({ type: 'int', nullable: true })
  creator_id: number | null;

  @ManyToOne('User', { onDelete: 'SET NULL', nullable: true })
  @JoinColumn({ name: 'creator_id' })
  creator?: Relation<User> | null;

  @Column({ type: 'int', nullable: true })
  last_modified_by_id: number | null;

  @ManyToOne('User', { onDelete: 'SET NULL', nullable: true })
  @JoinColumn({ name: 'last_modified_by_id' })
  last_modified_by?: Relation<User> | null;
}
