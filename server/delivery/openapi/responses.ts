import { jsonContent } from '../../crud/openapi.js';
import type { PublicResource } from '../publicResources.js';
import { errorOf, string, type Json, type Version } from './versions.js';

/*
 * The headers, parameters and responses every read shares: caching (ETag, If-None-Match, 304),
 * the format parameter, and the rate limit's 429.
 */

export const header = (description: string, schema: Json = string) => ({ description, schema });
export const CACHE_HEADERS = {
  ETag: header(
    "A strong tag of the rows the answer is made of (anonymous callers' and key holders' views are tagged apart): send it back in If-None-Match for a 304",
  ),
  'Cache-Control': header(
    'Anonymous answers: public, max-age=…, s-maxage=… (caches and the CDN may keep them); answers to a key holder: private, no-cache',
  ),
};
export const IF_NONE_MATCH = {
  name: 'If-None-Match',
  in: 'header',
  required: false,
  description: 'ETags of a copy the client holds ("*" for any): when one is current the answer is a 304 without a body',
  schema: string,
};
export const FORMAT = {
  name: 'format',
  in: 'query',
  required: false,
  description: 'Only json is served (the default)',
  schema: { enum: ['json'] },
};

export const notModified = {
  description: "Not Modified: If-None-Match names the answer's current ETag; no body",
  headers: CACHE_HEADERS,
};
export function tooMany(version: Version): Json {
  return {
    ...errorOf(version, 'Too many requests from this address: anonymous callers are limited per minute; API keys are not'),
    headers: { 'Retry-After': header('Seconds to wait before trying again', { type: 'integer', minimum: 1 }) },
  };
}

/** A successful read: its body, and the headers caches go by. */
export function readAnswer(resource: PublicResource, description: string, schema: Json, id: boolean): Json {
  const { collection, record } = resource.keys;
  const keys = id ? `${collection} ${record}-<id>` : `${collection}, then ${record}-<id> for each record listed`;
  return {
    description,
    headers: {
      ...CACHE_HEADERS,
      'Surrogate-Key': header(`Anonymous answers only: the CDN keys that purge this answer, space-separated: ${keys}`),
      Vary: header("Authorization: anonymous answers and key holders' differ"),
    },
    ...jsonContent(schema),
  };
}
