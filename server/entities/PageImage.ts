import { Check, Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import type { Relation } from 'typeorm';
import { Timestamped } from './base.js';
import { safePath } from './checks.js';
import type { Media } from './Media.js';
import type { Page } from './Page.js';

/** An image attached to a page (pythondotorg pages.Image): a file of the media library, or an external URL in `image`. */
@Entity('page_images')
@Check('chk_page_images_image', safePath('image'))
@Check('chk_page_images_source', `("media_id" IS NULL) <> ("image" IS NULL)`)
export class PageImage extends Timestamped {
  @Index('ix_page_images_page')
  @Column({ type: 'int' })
  page_id: number;

  @ManyToOne('Page', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'page_id', foreignKeyConstraintName: 'fk_page_images_page' })
  page?: Relation<Page>;

  /** The file in the media library; otherwise `image` is an external URL. */
  @Index('ix_page_images_media')
  @Column({ type: 'int', nullable: true })
  media_id: number | null;

  @ManyToOne('Media', { onDelete: 'RESTRICT', nullable: true })
  @JoinColumn({ name: 'media_id', foreignKeyConstraintName: 'fk_page_images_media' })
  media?: Relation<Media> | null;

  @Column({ type: 'varchar', length: 400, nullable: true })
  image: string | null;
}
