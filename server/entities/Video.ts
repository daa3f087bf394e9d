import { Check, Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import type { Relation } from 'typeorm';
import { ContentManageable } from './base.js';
import { safePath } from './checks.js';
import type { Post } from './Post.js';

/** A video attached to a community post, as embed code or an uploaded file (`video_data` is its stored path). */
@Entity('videos')
@Index('ix_videos_created', ['created'])
@Check('chk_videos_video_data', safePath('video_data', { allowEmpty: true }))
export class Video extends ContentManageable {
  @Index('ix_videos_post')
  @Column({ type: 'int', nullable: true })
  post_id: number | null;

  @ManyToOne('Post', { onDelete: 'CASCADE', nullable: true })
  @JoinColumn({ name: 'post_id', foreignKeyConstraintName: 'fk_videos_post' })
  post?: Relation<Post> | null;

  @Column({ type: 'text', default: '' })
  video_embed: string;

  @Column({ type: 'varchar', length: 500, default: '' })
  video_data: string;

  @Column({ type: 'text', default: '' })
  caption: string;

  @Column({ type: 'varchar', length: 500, default: '' })
  click_through_url: string;
}
