import { jsonContent } from '../../crud/openapi.js';
import { V1_PREFIX } from '../v1.js';
import { V2_PATH } from '../v2.js';

export type Json = Record<string, unknown>;

export const string = { type: 'string' };
const messages = { type: 'array', items: string };

/** What an error body of each API version looks like, for each kind of error. */
export interface ErrorShapes {
  /** An invalid body or value: the fields with their messages. */
  fields: Json;
  /** An unknown or repeated filter. */
  filter: Json;
  /** Anything else. */
  other: Json;
}

export interface Version {
  key: 'v1' | 'v2';
  prefix: string;
  tag: string;
  scheme: 'ApiKey' | 'Token';
  /** v1's related records and resource_uri are paths, v2's absolute URLs. */
  uri: Json;
  /** What the examples' URIs start with, before the prefix. */
  origin: string;
  errors: ErrorShapes;
}

const v1Error = {
  type: 'object',
  description: "Tastypie's error body: error_message, and each invalid field with its messages",
  required: ['error_message'],
  properties: { error_message: string },
  additionalProperties: messages,
};
export const V1: Version = {
  key: 'v1',
  prefix: V1_PREFIX,
  tag: 'Public API v1',
  scheme: 'ApiKey',
  uri: { type: 'string', format: 'uri-reference' },
  origin: '',
  errors: { fields: v1Error, filter: v1Error, other: v1Error },
};
export const V2: Version = {
  key: 'v2',
  prefix: V2_PATH,
  tag: 'Public API v2',
  scheme: 'Token',
  uri: { type: 'string', format: 'uri' },
  origin: 'https://www.python.org',
  errors: {
    fields: { type: 'object', description: 'Each invalid field with its messages', additionalProperties: messages },
    filter: { type: 'object', description: 'An unknown or repeated filter', required: ['error'], properties: { error: messages } },
    other: { type: 'object', required: ['detail'], properties: { detail: string } },
  },
};

/** An error response in the version's shape; several kinds are alternatives (v2 answers each differently). */
export function errorOf(version: Version, description: string, ...kinds: (keyof ErrorShapes)[]): Json {
  const shapes = [...new Set((kinds.length ? kinds : ['other' as const]).map((kind) => version.errors[kind]))];
  return { description, ...jsonContent(shapes.length === 1 ? shapes[0] : { anyOf: shapes }) };
}
