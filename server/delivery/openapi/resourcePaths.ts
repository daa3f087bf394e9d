import { idParameter, jsonBody, jsonContent } from '../../crud/openapi.js';
import type { Registry } from '../../crud/registry.js';
import type { PublicResource } from '../publicResources.js';
import { listParameters } from './listParameters.js';
import { FORMAT, IF_NONE_MATCH, header, notModified, readAnswer, tooMany } from './responses.js';
import { bodySchema, objectSchema, v1Envelope } from './schemas.js';
import { errorOf, type Json, type Version } from './versions.js';

/** Who sees which rows: everyone every row, unless the resource declares which rows are public. */
const visibility = (resource: PublicResource) =>
  resource.publicRows
    ? 'Anonymous callers (and keys whose roles do not read the resource in the admin) see only what python.org shows the public: published releases, the files of published releases and published pages; anything else is a 404 like a missing record.'
    : 'Every record, for every caller.';

/** The list and record paths of one resource in one version, and its writes. */
export function resourcePaths(registry: Registry, version: Version, resource: PublicResource): Json {
  const { tag, scheme } = version;
  const tags = [tag];
  const object = objectSchema(registry, version, resource);
  const read = [{}, { [scheme]: [] }];
  const write = [{ [scheme]: [] }];
  const operationId = (verb: string) => `${version.key}_${verb}_${resource.key}`;
  const unauthorized = errorOf(version, 'The key is invalid, revoked or sent in the wrong form');
  const writeErrors = (invalid: string): Json => ({
    400: errorOf(version, invalid, 'fields', 'other'),
    401: errorOf(version, 'No key, or the key is invalid'),
    403: errorOf(version, "The key's roles may not write this resource"),
    413: errorOf(version, 'The body is larger than 1 MB'),
    415: errorOf(version, 'The body is not sent as application/json'),
    429: tooMany(version),
  });
  const base = `${version.prefix}${resource.path}/`;
  const collection: Json = {
    get: {
      tags,
      operationId: operationId('list'),
      summary: version.key === 'v1' ? `List ${resource.path} records, a page at a time` : `List every ${resource.path} record`,
      description: visibility(resource),
      security: read,
      parameters: listParameters(registry, version, resource),
      responses: {
        200: readAnswer(
          resource,
          version.key === 'v1' ? 'A page of records, with meta' : 'Every matching record',
          version.key === 'v1' ? v1Envelope(object) : { type: 'array', items: object },
          false,
        ),
        304: notModified,
        400: errorOf(version, 'An unknown, repeated or invalid filter or parameter', 'filter', 'other'),
        401: unauthorized,
        429: tooMany(version),
      },
    },
  };
  const item: Json = {
    get: {
      tags,
      operationId: operationId('get'),
      summary: `One ${resource.path} record`,
      description: visibility(resource),
      security: read,
      parameters: [idParameter, FORMAT, IF_NONE_MATCH],
      responses: {
        200: readAnswer(resource, 'The record', object, true),
        304: notModified,
        400: errorOf(version, 'An invalid parameter'),
        401: unauthorized,
        404: errorOf(version, 'No such record, or not one the caller may see'),
        429: tooMany(version),
      },
    },
  };
  if (resource.writable) {
    const location = header(`The new record's URI, e.g. ${version.origin}${base}1/`);
    collection.post = {
      tags,
      operationId: operationId('create'),
      summary: `Create a ${resource.path} record`,
      security: write,
      requestBody: jsonBody(bodySchema(registry, resource, true)),
      responses: {
        201:
          version.key === 'v1'
            ? { description: 'Created: no body, its URI in Location', headers: { Location: location } }
            : { description: 'Created: the record', headers: { Location: location }, ...jsonContent(object) },
        ...writeErrors('Invalid fields, a related record that does not exist, or a slug or URL already used'),
      },
    };
    const deleted = {
      tags,
      operationId: operationId('delete'),
      summary: `Delete a ${resource.path} record`,
      security: write,
      parameters: [idParameter],
      responses: {
        204: { description: 'Deleted' },
        401: errorOf(version, 'No key, or the key is invalid'),
        403: errorOf(version, "The key's roles may not delete it"),
        404: errorOf(version, 'No such record'),
        409: errorOf(version, 'Still used by other records'),
        429: tooMany(version),
      },
    };
    if (version.key === 'v2') {
      const update = (whole: boolean) => ({
        tags,
        operationId: operationId(whole ? 'replace' : 'update'),
        summary: whole ? `Replace a ${resource.path} record` : `Change some fields of a ${resource.path} record`,
        security: write,
        parameters: [idParameter],
        requestBody: jsonBody(bodySchema(registry, resource, whole)),
        responses: {
          200: { description: 'The record as saved', ...jsonContent(object) },
          ...writeErrors('Invalid fields'),
          404: errorOf(version, 'No such record'),
          409: errorOf(version, 'The record changed while this write was being made: send it again'),
        },
      });
      item.put = update(true);
      item.patch = update(false);
    }
    item.delete = deleted;
  }
  return { [base]: collection, [`${base}{id}/`]: item };
}
