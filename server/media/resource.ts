import { defineResource } from '../crud/resource.js';
import { Media } from '../entities/Media.js';
import { altKeptWhileOnPages, mediaInUse } from './rules.js';

/**
 * The media library's records, through the generic CRUD: listed, filtered, searched by name, their
 * alt text and focal point edited. They are made only by uploading a file (POST /api/media as
 * multipart/form-data, server/media/routes.ts), never from JSON.
 */
export const media = defineResource(Media, {
  path: 'media',
  operations: ['list', 'get', 'update', 'delete'],
  access: { write: ['content_editor'] },
  quickSearch: 'original_name',
  filters: ['kind', 'content_type', 'uploader_id', 'created'],
  sort: ['created', 'original_name', 'bytes'],
  defaultSort: ['created', 'DESC'],
  rules: [mediaInUse, altKeptWhileOnPages],
  constraintMessages: { chk_media_focal_point: { field: 'focal_point', message: 'Must be {"x": …, "y": …} with each from 0 to 1.' } },
  readOnly: ['sha256', 'original_name', 'content_type', 'kind', 'bytes', 'width', 'height', 'variants', 'uploader_id'],
});
