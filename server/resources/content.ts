import { defineResource } from '../crud/resource.js';
import { Box } from '../entities/Box.js';
import { Page } from '../entities/Page.js';
import { PageDocument } from '../entities/PageDocument.js';
import { PageImage } from '../entities/PageImage.js';

export const pages = defineResource(Page, {
  versions: { published: 't.is_published', publishColumn: 'is_published' },
  access: { write: ['content_editor'] },
  search: ['title', 'content'],
  filters: ['path', 'title', 'is_published', 'content_markup_type', 'creator_id', 'created', 'updated'],
  sort: ['title', 'path', 'created', 'updated', 'is_published'],
  defaultSort: ['updated', 'DESC'],
});

export const pageImages = defineResource(PageImage, {
  access: { write: ['content_editor'] },
  media: [{ column: 'media_id', kind: 'image', needsAlt: true }],
  constraintMessages: { chk_page_images_source: { field: 'image', message: 'Give either a media file or an external URL, not both.' } },
  filters: ['page_id'],
  sort: ['created'],
});
export const pageDocuments = defineResource(PageDocument, {
  access: { write: ['content_editor'] },
  media: [{ column: 'media_id' }],
  constraintMessages: {
    chk_page_documents_source: { field: 'document', message: 'Give either a media file or an external URL, not both.' },
  },
  filters: ['page_id'],
  sort: ['created'],
});

export const boxes = defineResource(Box, {
  versions: {},
  access: { write: ['content_editor'] },
  search: ['label', 'content'],
  filters: ['label', 'content_markup_type', 'updated'],
  sort: ['label', 'updated', 'created'],
  defaultSort: ['label', 'ASC'],
});
