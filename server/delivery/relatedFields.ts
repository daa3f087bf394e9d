import type { RelatedField } from './relatedField.js';

/*
 * Public fields built from other tables' rows, inside the record's own JSON (a list stays one
 * statement), the rows they read part of the record's tag: a page's images and documents (each a
 * media library file served at /media/{sha256}/{name}, or an external URL), a blog entry's blog.
 */

/** The site's origin: v2's URI prefix is absolute ("https://host/api/v2/"), v1's a path ("/api/v1/"), giving "". */
const ORIGIN = `regexp_replace($1, '/api/v[12]/$', '')`;
/** The name in a media URL is for people (the file is found by its hash): kept to URL-safe characters. */
const URL_NAME = `regexp_replace(m.original_name, '[^A-Za-z0-9._-]+', '-', 'g')`;
const fileUrl = `${ORIGIN} || '/media/' || m.sha256 || '/' || ${URL_NAME}`;
const variantUrl = (variant: string) =>
  `CASE WHEN m.variants ? '${variant}' THEN ${ORIGIN} || '/media/' || m.sha256 || '/${variant}/' || ${URL_NAME} END`;

/** A compact JSON array (json_agg adds spaces) of the objects `columns` make from each row of `from`, in `order`. */
const jsonArray = (columns: string[], from: string, order: string) =>
  `(SELECT coalesce('[' || string_agg(row_to_json((SELECT o FROM (SELECT ${columns.join(', ')}) o))::text, ',' ORDER BY ${order}) || ']', '[]')::json ${from})`;

/** The (id, row_version) pairs of a child row and the media record it uses. */
const pairs = (alias: string, from: string) =>
  `(SELECT coalesce(string_agg(${alias}.id || '.' || ${alias}.row_version || '.' || coalesce(m.id || '.' || m.row_version, ''), ',' ORDER BY ${alias}.id), '') ${from})`;

const imagesFrom = 'FROM page_images pi LEFT JOIN media m ON m.id = pi.media_id WHERE pi.page_id = t.id';
const documentsFrom = 'FROM page_documents pd LEFT JOIN media m ON m.id = pd.media_id WHERE pd.page_id = t.id';

const url = { type: 'string', format: 'uri-reference' };
const orNull = (schema: Record<string, unknown>) => ({ anyOf: [schema, { type: 'null' }] });

export const pageImages: RelatedField = {
  name: 'images',
  kind: 'related',
  select: jsonArray(
    [
      `CASE WHEN m.id IS NULL THEN pi.image ELSE ${fileUrl} END AS url`,
      'm.alt AS alt',
      'm.width AS width',
      'm.height AS height',
      'm.focal_point AS focal_point',
      `${variantUrl('thumb')} AS thumbnail`,
      `${variantUrl('web')} AS web`,
    ],
    imagesFrom,
    'pi.id',
  ),
  tag: `'i' || ${pairs('pi', imagesFrom)}`,
  schema: {
    type: 'array',
    description:
      "The page's images, oldest first: a media library file (with its alt text, size, focal point and WebP variants) or an external URL (the rest null)",
    items: {
      type: 'object',
      required: ['url', 'alt', 'width', 'height', 'focal_point', 'thumbnail', 'web'],
      properties: {
        url: { ...url, description: 'The image (v1: a path on this site; v2: an absolute URL), or the external URL' },
        alt: orNull({ type: 'string', description: 'What the image shows' }),
        width: orNull({ type: 'integer' }),
        height: orNull({ type: 'integer' }),
        focal_point: orNull({
          type: 'object',
          description: 'Where the subject is, 0 to 1 from the left and the top: crops keep it in view',
          properties: { x: { type: 'number' }, y: { type: 'number' } },
        }),
        thumbnail: orNull({ ...url, description: 'A WebP at most 320 px wide' }),
        web: orNull({ ...url, description: 'A WebP at most 1600 px wide' }),
      },
    },
  },
};

export const pageDocuments: RelatedField = {
  name: 'documents',
  kind: 'related',
  select: jsonArray(
    [
      `CASE WHEN m.id IS NULL THEN pd.document ELSE ${fileUrl} END AS url`,
      'm.original_name AS name',
      'm.content_type AS content_type',
      'm.bytes AS bytes',
    ],
    documentsFrom,
    'pd.id',
  ),
  tag: `'d' || ${pairs('pd', documentsFrom)}`,
  schema: {
    type: 'array',
    description:
      "The page's documents, oldest first: a media library file (with its name, type and size) or an external URL (the rest null)",
    items: {
      type: 'object',
      required: ['url', 'name', 'content_type', 'bytes'],
      properties: {
        url: { ...url, description: 'The document (v1: a path on this site; v2: an absolute URL), or the external URL' },
        name: orNull({ type: 'string', description: 'The file name as uploaded' }),
        content_type: orNull({ type: 'string' }),
        bytes: orNull({ type: 'integer' }),
      },
    },
  },
};

/** A blog entry's blog, by name (its feed's row is part of the entry's tag: renaming the blog changes it). */
export const blogName: RelatedField = {
  name: 'blog',
  kind: 'related',
  select: `(SELECT f.name FROM blog_feeds f WHERE f.id = t.feed_id)`,
  tag: `(SELECT 'f' || f.id || '.' || f.row_version FROM blog_feeds f WHERE f.id = t.feed_id)`,
  columns: ['feed_id'],
  schema: { type: 'string', description: 'The blog it was posted on' },
};
