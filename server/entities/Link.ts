import { Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import type { Relation } from 'typeorm';
import { ContentManageable } from './base.js';
import type { Post } from './Post.js';

/** A link attached to a community post. */
@Entity('links')
@Index('ix_links_created', ['created'])
export class Link extends ContentManageable {
  @Index('ix_links_post')
  @Column({ type: 'int', nullable: true })
  post_id: number | null;

  @ManyToOne('Post', { onDelete: 'CASCADE', nullable: true })
  @JoinColumn({ name: 'post_id', foreignKeyConstraintName: 'fk_links_post' })
  post?: Relation<Post> | null;

  @Column({ type: 'varchar', length: 1000, default: '' })
  url: string;
}
