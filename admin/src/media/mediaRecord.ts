/** A media record as GET /api/media returns it (docs/api.md, "Media library"). */
export interface MediaRecord {
  id: number;
  sha256: string;
  original_name: string;
  content_type: string;
  kind: 'image' | 'document';
  bytes: number;
  width: number | null;
  height: number | null;
  focal_point: FocalPoint | null;
  alt: string | null;
  variants: Partial<Record<'thumb' | 'web', { width: number; height: number; bytes: number; content_type: string }>>;
  uploader_id: number | null;
  created: string;
  updated: string;
  row_version: number;
}

/** 0 is the left or top edge, 1 the right or bottom. */
export interface FocalPoint {
  x: number;
  y: number;
}

const name = (record: Pick<MediaRecord, 'original_name'>) => encodeURIComponent(record.original_name);

/** The uploaded bytes, public and immutable. */
export const fileUrl = (record: Pick<MediaRecord, 'sha256' | 'original_name'>) => `/media/${record.sha256}/${name(record)}`;

/** An image's WebP variant: `thumb` (320 px) for grids, `web` (1600 px) for previews. */
export const variantUrl = (record: Pick<MediaRecord, 'sha256' | 'original_name'>, variant: 'thumb' | 'web') =>
  `/media/${record.sha256}/${variant}/${name(record)}`;
