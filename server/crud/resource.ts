import type { ObjectLiteral } from 'typeorm';
import type { ResourceDeclaration, ResourceOptions } from './types.js';
import { versionComment } from './versions/snapshot.js';

/** Declares a resource over an entity; the generic layer derives routes, validation, queries, OpenAPI and its write rules from it. */
export function defineResource(entity: new () => ObjectLiteral, options: ResourceOptions = {}): ResourceDeclaration {
  // A versioned resource's saves may say what they change, kept with the version they make.
  if (options.versions) options = { ...options, writeOnly: { version_comment: versionComment, ...options.writeOnly } };
  return { entity, options };
}
