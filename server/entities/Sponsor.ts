import { Check, Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import type { Relation } from 'typeorm';
import { ContentManageable } from './base.js';
import { matches, maxLength, safePath } from './checks.js';
import { PATTERN_MESSAGES } from '../domain/rules.js';
import type { Media } from './Media.js';

/** django_countries stores ISO 3166-1 alpha-2 codes; '' means not given. */
const COUNTRY_CODE_PATTERN = '^[A-Z]{2}$';

/** A sponsor organisation: public name, description and logos, plus its mailing address. */
@Entity('sponsors')
@Index('ix_sponsors_search', { synchronize: false }) // GIN on search_vector: see the migration
@Index('ix_sponsors_rank', { synchronize: false }) // GIN on rank_vector: see the migration
@Index('ix_sponsors_created', ['created'])
@Check('chk_sponsors_country', `"country" = '' OR "country" ~ '${COUNTRY_CODE_PATTERN}'`)
@Check(
  'chk_sponsors_country_of_incorporation',
  matches('country_of_incorporation', COUNTRY_CODE_PATTERN, { allowEmpty: true, message: PATTERN_MESSAGES.country }),
)
@Check('chk_sponsors_description', maxLength('description'))
@Check('chk_sponsors_web_logo', safePath('web_logo'))
@Check('chk_sponsors_web_logo_source', `"web_logo" IS NOT NULL OR "web_logo_media_id" IS NOT NULL`)
@Check('chk_sponsors_white_logo', safePath('white_logo', { allowEmpty: true }))
@Check('chk_sponsors_print_logo', safePath('print_logo', { allowEmpty: true }))
export class Sponsor extends ContentManageable {
  @Column({ type: 'varchar', length: 100 })
  name: string;

  @Column({ type: 'text' })
  description: string;

  @Column({ type: 'varchar', length: 500, nullable: true })
  landing_page_url: string | null;

  @Column({ type: 'varchar', length: 32, nullable: true })
  twitter_handle: string | null;

  @Column({ type: 'varchar', length: 500, nullable: true })
  linked_in_page_url: string | null;

  @Column({ type: 'varchar', length: 500, nullable: true })
  web_logo: string | null;

  /** The web logo in the media library; otherwise `web_logo` is an external URL. */
  @Index('ix_sponsors_web_logo_media')
  @Column({ type: 'int', nullable: true })
  web_logo_media_id: number | null;

  @ManyToOne('Media', { onDelete: 'RESTRICT', nullable: true })
  @JoinColumn({ name: 'web_logo_media_id', foreignKeyConstraintName: 'fk_sponsors_web_logo_media' })
  web_logo_media?: Relation<Media> | null;

  @Column({ type: 'varchar', length: 500, nullable: true })
  white_logo: string | null;

  /** The white logo in the media library; otherwise `white_logo` is an external URL. */
  @Index('ix_sponsors_white_logo_media')
  @Column({ type: 'int', nullable: true })
  white_logo_media_id: number | null;

  @ManyToOne('Media', { onDelete: 'RESTRICT', nullable: true })
  @JoinColumn({ name: 'white_logo_media_id', foreignKeyConstraintName: 'fk_sponsors_white_logo_media' })
  white_logo_media?: Relation<Media> | null;

  @Column({ type: 'varchar', length: 500, nullable: true })
  print_logo: string | null;

  /** The print logo in the media library; otherwise `print_logo` is an external URL. */
  @Index('ix_sponsors_print_logo_media')
  @Column({ type: 'int', nullable: true })
  print_logo_media_id: number | null;

  @ManyToOne('Media', { onDelete: 'RESTRICT', nullable: true })
  @JoinColumn({ name: 'print_logo_media_id', foreignKeyConstraintName: 'fk_sponsors_print_logo_media' })
  print_logo_media?: Relation<Media> | null;

  @Column({ type: 'varchar', length: 32 })
  primary_phone: string;

  @Column({ type: 'varchar', length: 128, default: '' })
  mailing_address_line_1: string;

  @Column({ type: 'varchar', length: 128, default: '' })
  mailing_address_line_2: string;

  @Column({ type: 'varchar', length: 64, default: '' })
  city: string;

  @Column({ type: 'varchar', length: 64, default: '' })
  state: string;

  @Column({ type: 'varchar', length: 64, default: '' })
  postal_code: string;

  @Column({ type: 'varchar', length: 2, default: '' })
  country: string;

  @Column({ type: 'varchar', length: 2, nullable: true })
  country_of_incorporation: string | null;

  @Column({ type: 'varchar', length: 64, nullable: true, default: '' })
  state_of_incorporation: string | null;

  /** What `q` searches: name (A), description (B), weighted, kept up to date by a trigger (see the migration); never returned. */
  @Column({ type: 'tsvector', nullable: true, select: false })
  search_vector: string | null;

  /** What `q` ranks on: name (A), the search fields but the last, kept by the same trigger; never returned. */
  @Column({ type: 'tsvector', nullable: true, select: false })
  rank_vector: string | null;
}
