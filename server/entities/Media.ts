import { Check, Column, Entity, Index, JoinColumn, ManyToOne, Unique } from 'typeorm';
import type { Relation } from 'typeorm';
import { Timestamped } from './base.js';
import { atLeast, matches, oneOf } from './checks.js';
import type { User } from './User.js';

export const MEDIA_KINDS = ['image', 'document'] as const;
export type MediaKind = (typeof MEDIA_KINDS)[number];

/**
 * One uploaded file of the media library (server/media/): stored once by the sha256 of its bytes, so
 * uploading the same bytes again is the same record. Its type is what its bytes are, never what its
 * name or the client said. Images carry their size, a focal point and their variants (thumbnail, web).
 */
@Entity('media')
@Unique('uq_media_sha256', ['sha256'])
@Check('chk_media_sha256', matches('sha256', '^[0-9a-f]{64}$'))
@Check('chk_media_kind', oneOf('kind', MEDIA_KINDS))
@Check('chk_media_bytes', atLeast('bytes', 0))
// A point inside the image: an object with numbers x and y, each from 0 to 1.
@Check(
  'chk_media_focal_point',
  `"focal_point" IS NULL OR (jsonb_typeof("focal_point") = 'object' AND jsonb_typeof("focal_point"->'x') = 'number' AND jsonb_typeof("focal_point"->'y') = 'number' AND ("focal_point"->>'x')::numeric BETWEEN 0 AND 1 AND ("focal_point"->>'y')::numeric BETWEEN 0 AND 1)`,
)
export class Media extends Timestamped {
  @Column({ type: 'varchar', length: 64 })
  sha256: string;

  /** The file's name as uploaded; served under it, never used to find or type the file. */
  @Column({ type: 'varchar', length: 255 })
  original_name: string;

  /** The MIME type its bytes were detected as. */
  @Column({ type: 'varchar', length: 100 })
  content_type: string;

  @Column({ type: 'varchar', length: 20 })
  kind: MediaKind;

  @Column({ type: 'int' })
  bytes: number;

  @Column({ type: 'int', nullable: true })
  width: number | null;

  @Column({ type: 'int', nullable: true })
  height: number | null;

  /** Where an image's subject is, as {"x", "y"} from 0 to 1 (left/top to right/bottom): crops keep it in view. */
  @Column({ type: 'jsonb', nullable: true })
  focal_point: { x: number; y: number } | null;

  /** What the image shows, for readers who cannot see it: required before an image is used on a page. */
  @Column({ type: 'varchar', length: 500, nullable: true })
  alt: string | null;

  /** The stored variants of an image by name ("thumb", "web"): their width, height, bytes and type. */
  @Column({ type: 'jsonb', default: () => "'{}'" })
  variants: Record<string, { width: number; height: number; bytes: number; content_type: string }>;

  @Index('ix_media_uploader')
  @Column({ type: 'int', nullable: true })
  uploader_id: number | null;

  @ManyToOne('User', { onDelete: 'SET NULL', nullable: true })
  @JoinColumn({ name: 'uploader_id', foreignKeyConstraintName: 'fk_media_uploader' })
  uploader?: Relation<User> | null;
}
