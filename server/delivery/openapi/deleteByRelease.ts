import { PUBLIC_RESOURCES } from '../publicResources.js';
import { V1_PREFIX } from '../v1.js';
import { V2_PATH } from '../v2.js';
import { tooMany } from './responses.js';
import { errorOf, type Json, type Version } from './versions.js';

/** Deleting every file of a release at once: what the upload script does before it posts them again. */
export function deleteByRelease(version: Version): Json {
  const release = {
    name: 'release',
    in: 'query',
    required: true,
    description: 'The release whose files to delete: its pk (or resource URI)',
    schema: { type: 'string', example: '1' },
  };
  const operation = {
    tags: [version.tag],
    operationId: `${version.key}_delete_files_of_release`,
    summary: "Delete every file of a release, in one transaction (each audited as the key's owner)",
    security: [{ [version.scheme]: [] }],
    parameters: [release],
    responses: {
      204: { description: 'Deleted, if there were any' },
      400: errorOf(version, version.key === 'v1' ? 'No release given, or another filter with it' : 'No release given', 'fields', 'other'),
      401: errorOf(version, 'No key, or the key is invalid'),
      403: errorOf(version, "The key's roles may not delete release files"),
      404: errorOf(version, 'No such release'),
      429: tooMany(version),
    },
  };
  const files = PUBLIC_RESOURCES.release_file.path;
  return version.key === 'v1'
    ? { [`${V1_PREFIX}${files}/`]: { delete: operation } }
    : { [`${V2_PATH}${files}/delete_by_release/`]: { delete: operation } };
}
