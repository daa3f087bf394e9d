import { defineResource } from '../crud/resource.js';
import { OperatingSystem } from '../entities/OperatingSystem.js';
import { Release } from '../entities/Release.js';
import { ReleaseFile } from '../entities/ReleaseFile.js';
import { latestPerVersion } from './latest.js';
import { publishGate, publishOverride } from './publish.js';

export const releases = defineResource(Release, {
  versions: {
    published: 't.is_published',
    publishColumn: 'is_published',
    children: [{ resource: 'release-files', foreignKey: 'release_id' }],
  },
  access: { write: ['release_manager'] },
  search: ['name', 'content'],
  filters: ['slug', 'version', 'is_latest', 'is_published', 'pre_release', 'show_on_download_page', 'release_date', 'release_page_id'],
  sort: ['release_date', 'name', 'version', 'created', 'updated'],
  defaultSort: ['release_date', 'DESC'],
  writeOnly: { publish_override: publishOverride },
  // Latest first: its lock comes before the gate's file locks, and a refused publish clears nothing (one transaction).
  rules: [latestPerVersion, publishGate],
  constraintMessages: {
    uq_releases_one_latest_per_version: 'Another release of this version is already marked latest.',
  },
});

export const operatingSystems = defineResource(OperatingSystem, {
  access: { write: ['release_manager'] },
  quickSearch: 'name',
  filters: ['slug'],
  sort: ['name', 'slug'],
  defaultSort: ['name', 'ASC'],
});

export const releaseFiles = defineResource(ReleaseFile, {
  access: { write: ['release_manager'] },
  quickSearch: 'name',
  filters: ['release_id', 'os_id', 'slug', 'url', 'is_source', 'download_button'],
  sort: ['name', 'os_id', 'release_id', 'filesize', 'created'],
  defaultSort: ['name', 'ASC'],
  constraintMessages: {
    uq_one_download_per_os_per_release: {
      field: 'download_button',
      message: 'Another file of this release already has the download button for this OS.',
    },
  },
});
