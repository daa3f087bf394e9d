import type { DataSource, ObjectLiteral } from 'typeorm';
import { readLevel, type Actor } from '../auth/permissions.js';
import { buildModel } from './model.js';
import { buildSchemas, type ResourceSchemas } from './schema.js';
import type { ResourceDeclaration, ResourceModel, WriteTx } from './types.js';
import { AfterCommitHooks } from './write/afterCommit.js';
import { writeTransaction } from './write/transaction.js';
import { attachVersionRules } from './versions/rules.js';
import type { VersionTarget } from './versions/snapshot.js';

export interface MountedResource {
  model: ResourceModel;
  schemas: ResourceSchemas;
}

/** Every resource the API serves, built and checked once at boot, and the hooks their writes publish to. */
export interface Registry {
  db: DataSource;
  resources: readonly MountedResource[];
  byName: ReadonlyMap<string, MountedResource>;
  /** The resource over an entity: code names resources by their class, so a misspelt name cannot exist. */
  of(entity: new () => ObjectLiteral): MountedResource;
  afterCommit: AfterCommitHooks;
  /** The versioned resources by name, with their children (server/crud/versions/). */
  versions: ReadonlyMap<string, VersionTarget>;
  /** One write transaction: its writes' events reach `afterCommit` once it has committed. */
  write<T>(work: (tx: WriteTx) => Promise<T>): Promise<T>;
}

/** Builds the registry from the declarations app.ts hands over (server/resources/index.ts). */
export function buildRegistry(db: DataSource, declarations: readonly ResourceDeclaration[]): Registry {
  const resources: MountedResource[] = [];
  const readableBy = (actor: Actor) =>
    new Set(resources.filter(({ model }) => readLevel(actor, model.options.access) === 'full').map(({ model }) => model.name));
  const modelOf = (entity: ResourceDeclaration['entity']) => {
    const found = resources.find((resource) => resource.model.entity === entity);
    if (!found) throw new Error(`no resource serves the entity ${entity.name}`);
    return found.model;
  };
  for (const declaration of declarations) {
    const model = buildModel(db, declaration, readableBy, modelOf);
    resources.push({ model, schemas: buildSchemas(model) });
  }
  const byName = new Map<string, MountedResource>();
  for (const resource of resources) {
    if (byName.has(resource.model.name)) throw new Error(`two resources are named ${resource.model.name}`);
    byName.set(resource.model.name, resource);
  }
  const versions = attachVersionRules(resources, byName);
  const byEntity = new Map(resources.map((resource) => [resource.model.entity, resource]));
  const afterCommit = new AfterCommitHooks();
  return {
    db,
    resources,
    byName,
    of(entity) {
      const found = byEntity.get(entity);
      if (!found) throw new Error(`no resource serves the entity ${entity.name}`);
      return found;
    },
    afterCommit,
    versions,
    write: (work) => writeTransaction(db, afterCommit, work),
  };
}
