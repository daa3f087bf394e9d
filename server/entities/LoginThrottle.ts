import { Column, CreateDateColumn, Entity, PrimaryColumn, UpdateDateColumn } from 'typeorm';

/**
 * Failed sign-in attempts per account and per address, in PostgreSQL so that a limit holds
 * across every server process. A window starts at the first failure after the last one expired.
 */
@Entity('login_throttle')
export class LoginThrottle {
  /** "account:<lowercased name>" or "address:<ip>". */
  @PrimaryColumn({ type: 'varchar', length: 300 })
  key: string;

  @Column({ type: 'int', default: 0 })
  failures: number;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  window_start: Date;

  @CreateDateColumn({ type: 'timestamptz', default: () => 'now()' })
  created: Date;

  @UpdateDateColumn({ type: 'timestamptz', default: () => 'now()' })
  updated: Date;
}
