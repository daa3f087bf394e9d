import { Check, Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import type { Relation } from 'typeorm';
import { MARKUP_TYPES, RELEASE_VERSIONS, valuesOf } from '../domain/enums.js';
import { ContentManageable } from './base.js';
import { httpUrl, maxLength, oneOf, slug } from './checks.js';
import type { Page } from './Page.js';

/** A Python release ("Python 3.13.1"); its downloadable files are release_files. */
@Entity('releases')
@Index('ix_releases_search', { synchronize: false }) // GIN on search_vector: see the migration
@Index('ix_releases_rank', { synchronize: false }) // GIN on rank_vector: see the migration
@Index('ix_releases_version_latest', ['version', 'is_latest'])
@Index('ix_releases_latest', ['version', 'is_latest'], { where: '"is_published" = true' })
// The database's own guard: whatever the code does, one latest release per version.
@Index('uq_releases_one_latest_per_version', ['version'], { unique: true, where: '"is_latest" = true' })
@Index('ix_releases_release_date', ['release_date', 'id'])
@Check('chk_releases_version', oneOf('version', valuesOf(RELEASE_VERSIONS)))
@Check('chk_releases_content_markup_type', oneOf('content_markup_type', valuesOf(MARKUP_TYPES)))
@Check('chk_releases_release_notes_url', httpUrl('release_notes_url', { allowEmpty: true }))
@Check('chk_releases_slug', slug('slug'))
@Check('chk_releases_content', maxLength('content'))
export class Release extends ContentManageable {
  @Column({ type: 'varchar', length: 200 })
  name: string;

  @Index('uq_releases_slug', { unique: true })
  @Column({ type: 'varchar', length: 200 })
  slug: string;

  @Column({ type: 'int', default: 3 })
  version: number;

  @Index('ix_releases_is_latest')
  @Column({ type: 'boolean', default: false })
  is_latest: boolean;

  @Index('ix_releases_published')
  @Column({ type: 'boolean', default: false })
  is_published: boolean;

  @Index('ix_releases_pre_release')
  @Column({ type: 'boolean', default: false })
  pre_release: boolean;

  @Index('ix_releases_show_on_download')
  @Column({ type: 'boolean', default: true })
  show_on_download_page: boolean;

  @Column({ type: 'timestamptz' })
  release_date: Date;

  @Index('ix_releases_release_page')
  @Column({ type: 'int', nullable: true })
  release_page_id: number | null;

  /** Django cascades here; losing a release because its page was deleted is never intended. */
  @ManyToOne('Page', { onDelete: 'SET NULL', nullable: true })
  @JoinColumn({ name: 'release_page_id', foreignKeyConstraintName: 'fk_releases_release_page' })
  release_page?: Relation<Page> | null;

  @Column({ type: 'varchar', length: 200, nullable: true })
  release_notes_url: string | null;

  @Column({ type: 'text', default: '' })
  content: string;

  @Column({ type: 'varchar', length: 30, default: 'markdown' })
  content_markup_type: string;

  /** What `q` searches: name (A), content (B), weighted, kept up to date by a trigger (see the migration); never returned. */
  @Column({ type: 'tsvector', nullable: true, select: false })
  search_vector: string | null;

  /** What `q` ranks on: name (A), the search fields but the last, kept by the same trigger; never returned. */
  @Column({ type: 'tsvector', nullable: true, select: false })
  rank_vector: string | null;
}
