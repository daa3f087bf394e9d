import { Column, CreateDateColumn, Entity, PrimaryColumn, UpdateDateColumn } from 'typeorm';

/** Server-wide values every process must agree on, such as the session-signing secret when none is configured. */
@Entity('settings')
export class Setting {
  @PrimaryColumn({ type: 'varchar', length: 100 })
  key: string;

  @Column({ type: 'text' })
  value: string;

  @CreateDateColumn({ type: 'timestamptz', default: () => 'now()' })
  created: Date;

  @UpdateDateColumn({ type: 'timestamptz', default: () => 'now()' })
  updated: Date;
}
