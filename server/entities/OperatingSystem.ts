import { Check, Column, Entity, Index } from 'typeorm';
import { ContentManageable } from './base.js';
import { slug } from './checks.js';

/** An operating system that release files target (pythondotorg downloads.OS). */
@Entity('operating_systems')
@Check('chk_operating_systems_slug', slug('slug'))
export class OperatingSystem extends ContentManageable {
  @Column({ type: 'varchar', length: 200 })
  name: string;

  @Index('uq_operating_systems_slug', { unique: true })
  @Column({ type: 'varchar', length: 200 })
  slug: string;
}
