import { blogName, pageDocuments, pageImages } from './relatedFields.js';
import type { RelatedField } from './relatedField.js';

/*
 * The four resources python.org's public API serves (downloads' OS, releases and files, and pages),
 * declared once: their fields in python.org's order, their filters, who sees which rows. API v1
 * (Tastypie) and v2 (Django REST framework) format them differently (v1.ts, v2.ts); the SQL that
 * reads them is built from these declarations (publicSql.ts).
 */

export type PublicResourceKey = 'os' | 'release' | 'release_file' | 'page' | 'blog_entry';

/** How one output field is read from the row aliased `t`; `uri` fields name another public resource by id. */
export type PublicField =
  | { name: string; kind: 'column'; column?: string }
  | { name: string; kind: 'time'; column: string }
  | { name: string; kind: 'uri'; column: string; target: PublicResourceKey }
  | RelatedField;

/** A query-string filter: its column and how the value compares. */
export interface PublicFilter {
  column: string;
  type: 'text' | 'int' | 'bool' | 'time' | 'id';
  op: 'eq' | 'gt' | 'gte' | 'lt' | 'lte' | 'contains' | 'minor';
}

export interface PublicResource {
  key: PublicResourceKey;
  /** The path under /api/v1/ and /api/v2/, without slashes. */
  path: string;
  /** The admin API's resource: its access rules decide who sees every row, its pipeline writes. */
  admin: string;
  table: string;
  fields: readonly PublicField[];
  /** What anonymous callers (and signed-in ones who do not read the resource in the admin) see; undefined: every row. */
  publicRows?: string;
  order: string;
  /** Surrogate-Key names: the collection, and `<record>-<id>` per record. */
  keys: { collection: string; record: string };
  /** Whether API clients may write it (release managers, through the write pipeline). */
  writable: boolean;
}

const column = (name: string): PublicField => ({ name, kind: 'column' });

/** The text after "Python " in a release's name ("3.13.1", "3.14.0rc2"): what minor-version filters compare. */
export const RELEASE_NUMBER = `substring(t.name from '^Python ([0-9][0-9A-Za-z.]*)')`;

export const PUBLIC_RESOURCES: Record<PublicResourceKey, PublicResource> = {
  os: {
    key: 'os',
    path: 'downloads/os',
    admin: 'operating-systems',
    table: 'operating_systems',
    fields: [column('name'), column('slug')],
    order: 't.name, t.id',
    keys: { collection: 'operating-systems', record: 'os' },
    writable: false,
  },
  release: {
    key: 'release',
    path: 'downloads/release',
    admin: 'releases',
    table: 'releases',
    fields: [
      column('name'),
      column('slug'),
      column('version'),
      column('is_published'),
      column('is_latest'),
      { name: 'release_date', kind: 'time', column: 'release_date' },
      column('pre_release'),
      { name: 'release_page', kind: 'uri', column: 'release_page_id', target: 'page' },
      column('release_notes_url'),
      column('show_on_download_page'),
      column('content'),
    ],
    publicRows: 't.is_published',
    order: 't.name, t.id',
    keys: { collection: 'releases', record: 'release' },
    writable: true,
  },
  release_file: {
    key: 'release_file',
    path: 'downloads/release_file',
    admin: 'release-files',
    table: 'release_files',
    fields: [
      column('name'),
      column('slug'),
      { name: 'os', kind: 'uri', column: 'os_id', target: 'os' },
      { name: 'release', kind: 'uri', column: 'release_id', target: 'release' },
      column('description'),
      column('is_source'),
      column('url'),
      column('gpg_signature_file'),
      column('md5_sum'),
      column('sha256_sum'),
      column('filesize'),
      column('download_button'),
      column('sigstore_signature_file'),
      column('sigstore_cert_file'),
      column('sigstore_bundle_file'),
      column('sbom_spdx2_file'),
    ],
    // A file is public while its release is: unpublishing a release hides its files with it.
    publicRows: 'EXISTS (SELECT 1 FROM releases r WHERE r.id = t.release_id AND r.is_published)',
    order: 't.name, t.id',
    keys: { collection: 'release-files', record: 'release-file' },
    writable: true,
  },
  page: {
    key: 'page',
    path: 'pages/page',
    admin: 'pages',
    table: 'pages',
    fields: [
      column('title'),
      column('path'),
      column('keywords'),
      column('description'),
      column('content'),
      column('is_published'),
      column('template_name'),
      pageImages,
      pageDocuments,
    ],
    publicRows: 't.is_published',
    order: 't.path, t.id',
    keys: { collection: 'pages', record: 'page' },
    writable: false,
  },
  // Not python.org's: the newest posts of the blogs it shows (server/blogs/), newest first.
  blog_entry: {
    key: 'blog_entry',
    path: 'blogs/entries',
    admin: 'blog-entries',
    table: 'blog_entries',
    fields: [column('title'), column('summary'), { name: 'pub_date', kind: 'time', column: 'pub_date' }, column('url'), blogName],
    publicRows: 'EXISTS (SELECT 1 FROM blog_feeds f WHERE f.id = t.feed_id AND f.active)',
    order: 't.pub_date DESC, t.id DESC',
    keys: { collection: 'blog-entries', record: 'blog-entry' },
    writable: false,
  },
};

export const byPath = new Map(Object.values(PUBLIC_RESOURCES).map((resource) => [resource.path, resource]));

const exact = (column: string, type: PublicFilter['type']): PublicFilter => ({ column, type, op: 'eq' });
const times = (column: string): Record<string, PublicFilter> => ({
  [column]: exact(column, 'time'),
  [`${column}__gt`]: { column, type: 'time', op: 'gt' },
  [`${column}__gte`]: { column, type: 'time', op: 'gte' },
  [`${column}__lt`]: { column, type: 'time', op: 'lt' },
  [`${column}__lte`]: { column, type: 'time', op: 'lte' },
});
/** `3` means every 3.x release, `3.13` every 3.13.x (pre-releases included), `3.13.1` that release. */
const minor: PublicFilter = { column: RELEASE_NUMBER, type: 'text', op: 'minor' };

/** The filters of each resource; both API versions accept the same ones (v2 also takes v1's, and the reverse). */
export const PUBLIC_FILTERS: Record<PublicResourceKey, Record<string, PublicFilter>> = {
  os: { name: exact('name', 'text'), slug: exact('slug', 'text') },
  release: {
    name: exact('name', 'text'),
    slug: exact('slug', 'text'),
    version: exact('version', 'int'),
    version__startswith: minor,
    is_published: exact('is_published', 'bool'),
    is_latest: exact('is_latest', 'bool'),
    pre_release: exact('pre_release', 'bool'),
    show_on_download_page: exact('show_on_download_page', 'bool'),
    ...times('release_date'),
  },
  release_file: {
    name: exact('name', 'text'),
    slug: exact('slug', 'text'),
    release: exact('release_id', 'id'),
    os: exact('os_id', 'id'),
    is_source: exact('is_source', 'bool'),
    download_button: exact('download_button', 'bool'),
    description__contains: { column: 'description', type: 'text', op: 'contains' },
  },
  blog_entry: {
    feed: exact('feed_id', 'id'),
    ...times('pub_date'),
  },
  page: {
    title: exact('title', 'text'),
    path: exact('path', 'text'),
    keywords: exact('keywords', 'text'),
    is_published: exact('is_published', 'bool'),
  },
};
