import { defineResource } from '../crud/resource.js';
import { Link } from '../entities/Link.js';
import { Photo } from '../entities/Photo.js';
import { Post } from '../entities/Post.js';
import { Video } from '../entities/Video.js';

export const posts = defineResource(Post, {
  search: ['title', 'content'],
  filters: ['media_type', 'status', 'created'],
  sort: ['title', 'created', 'updated'],
  defaultSort: ['created', 'DESC'],
});

export const links = defineResource(Link, { quickSearch: 'url', filters: ['post_id'], sort: ['created'], defaultSort: ['created', 'DESC'] });
export const photos = defineResource(Photo, { quickSearch: 'caption', filters: ['post_id'], sort: ['created'], defaultSort: ['created', 'DESC'] });
export const videos = defineResource(Video, { quickSearch: 'caption', filters: ['post_id'], sort: ['created'], defaultSort: ['created', 'DESC'] });
