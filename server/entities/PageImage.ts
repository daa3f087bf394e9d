import { Check, Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import type { Relation } from 'typeorm';
import { Timestamped } from './base.js';
import { safePath } from './checks.js';
import type { Page } from './Page.js';

/** An image attached to a page (pythondotorg pages.Image); `image` is its stored path or URL. */
@Entity('page_images')
@Check('chk_page_images_image', safePath('image'))
export class PageImage extends Timestamped {
  @Index('ix_page_images_page')
  @Column({ type: 'int' })
  page_id: number;

  @ManyToOne('Page', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'page_id', foreignKeyConstraintName: 'fk_page_images_page' })
  page?: Relation<Page>;

  @Column({ type: 'varchar', length: 400 })
  image: string;
}
