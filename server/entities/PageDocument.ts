import { Check, Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import type { Relation } from 'typeorm';
import { Timestamped } from './base.js';
import { safePath } from './checks.js';
import type { Media } from './Media.js';
import type { Page } from './Page.js';

/** A document attached to a page (pythondotorg pages.DocumentFile): a file of the media library, or an external URL in `document`. */
@Entity('page_documents')
@Check('chk_page_documents_document', safePath('document'))
@Check('chk_page_documents_source', `("media_id" IS NULL) <> ("document" IS NULL)`)
export class PageDocument extends Timestamped {
  @Index('ix_page_documents_page')
  @Column({ type: 'int' })
  page_id: number;

  @ManyToOne('Page', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'page_id', foreignKeyConstraintName: 'fk_page_documents_page' })
  page?: Relation<Page>;

  /** The file in the media library; otherwise `document` is an external URL. */
  @Index('ix_page_documents_media')
  @Column({ type: 'int', nullable: true })
  media_id: number | null;

  @ManyToOne('Media', { onDelete: 'RESTRICT', nullable: true })
  @JoinColumn({ name: 'media_id', foreignKeyConstraintName: 'fk_page_documents_media' })
  media?: Relation<Media> | null;

  @Column({ type: 'varchar', length: 500, nullable: true })
  document: string | null;
}
