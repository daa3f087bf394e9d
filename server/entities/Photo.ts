import { Check, Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import type { Relation } from 'typeorm';
import { ContentManageable } from './base.js';
import { safePath } from './checks.js';
import type { Media } from './Media.js';
import type { Post } from './Post.js';

/** A photo attached to a community post: a file of the media library, or the URL in `image` (or `image_url`, an external one). */
@Entity('photos')
@Index('ix_photos_created', ['created'])
@Check('chk_photos_image', safePath('image', { allowEmpty: true }))
export class Photo extends ContentManageable {
  @Index('ix_photos_post')
  @Column({ type: 'int', nullable: true })
  post_id: number | null;

  @ManyToOne('Post', { onDelete: 'CASCADE', nullable: true })
  @JoinColumn({ name: 'post_id', foreignKeyConstraintName: 'fk_photos_post' })
  post?: Relation<Post> | null;

  /** The photo in the media library, when it is there. */
  @Index('ix_photos_media')
  @Column({ type: 'int', nullable: true })
  media_id: number | null;

  @ManyToOne('Media', { onDelete: 'RESTRICT', nullable: true })
  @JoinColumn({ name: 'media_id', foreignKeyConstraintName: 'fk_photos_media' })
  media?: Relation<Media> | null;

  @Column({ type: 'varchar', length: 500, default: '' })
  image: string;

  @Column({ type: 'varchar', length: 1000, default: '' })
  image_url: string;

  @Column({ type: 'text', default: '' })
  caption: string;

  @Column({ type: 'varchar', length: 500, default: '' })
  click_through_url: string;
}
