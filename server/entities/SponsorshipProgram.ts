import { Column, Entity } from 'typeorm';
import { Timestamped } from './base.js';

/** A sponsorship programme benefits belong to (Foundation, PyPI, PyCon US, ...). */
@Entity('sponsorship_programs')
export class SponsorshipProgram extends Timestamped {
  @Column({ type: 'varchar', length: 64 })
  name: string;

  @Column({ type: 'text', nullable: true })
  description: string | null;

  @Column({ type: 'int', default: 0 })
  order: number;
}
