import type { ObjectLiteral } from 'typeorm';
import type { ResourceDeclaration, ResourceOptions } from './types.js';

/** Declares a resource over an entity; the generic layer derives routes, validation, queries, OpenAPI and its write rules from it. */
export function defineResource(entity: new () => ObjectLiteral, options: ResourceOptions = {}): ResourceDeclaration {
  return { entity, options };
}
