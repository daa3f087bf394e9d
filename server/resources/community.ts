import { defineResource } from '../crud/resource.js';
import { Link } from '../entities/Link.js';
import { Photo } from '../entities/Photo.js';
import { Post } from '../entities/Post.js';
import { Video } from '../entities/Video.js';

export const posts = defineResource(Post, {
  access: { write: ['content_editor'] },
  search: ['title', 'content'],
  filters: ['media_type', 'status', 'created'],
  sort: ['title', 'created', 'updated'],
  defaultSort: ['created', 'DESC'],
});

export const links = defineResource(Link, {
  access: { write: ['content_editor'] },
  quickSearch: 'url',
  filters: ['post_id'],
  sort: ['created'],
  defaultSort: ['created', 'DESC'],
});
export const photos = defineResource(Photo, {
  access: { write: ['content_editor'] },
  media: [{ column: 'media_id', kind: 'image' }],
  quickSearch: 'caption',
  filters: ['post_id'],
  sort: ['created'],
  defaultSort: ['created', 'DESC'],
});
export const videos = defineResource(Video, {
  access: { write: ['content_editor'] },
  quickSearch: 'caption',
  filters: ['post_id'],
  sort: ['created'],
  defaultSort: ['created', 'DESC'],
});
