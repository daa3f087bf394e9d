import { Check, Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import type { Relation } from 'typeorm';
import { Timestamped } from './base.js';
import { safePath } from './checks.js';
import type { Page } from './Page.js';

/** A document attached to a page (pythondotorg pages.DocumentFile); `document` is its stored path or URL. */
@Entity('page_documents')
@Check('chk_page_documents_document', safePath('document'))
export class PageDocument extends Timestamped {
  @Index('ix_page_documents_page')
  @Column({ type: 'int' })
  page_id: number;

  @ManyToOne('Page', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'page_id', foreignKeyConstraintName: 'fk_page_documents_page' })
  page?: Relation<Page>;

  @Column({ type: 'varchar', length: 500 })
  document: string;
}
