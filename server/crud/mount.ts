import { Router } from 'express';
import type { DataSource } from 'typeorm';
import { resources } from '../resources/index.js';
import { buildModel } from './model.js';
import { readLevel } from '../auth/permissions.js';
import { resourceRouter, type MountedResource, type ReadableResources } from './router.js';
import { buildSchemas } from './schema.js';

/** Every declared resource with its model and schemas, built and checked once at boot. */
export function buildResources(db: DataSource): MountedResource[] {
  const mounted = resources.map((declaration) => {
    const model = buildModel(db, declaration);
    return { model, schemas: buildSchemas(model) };
  });
  const names = new Set<string>();
  for (const { model } of mounted) {
    if (names.has(model.name)) throw new Error(`two resources are named ${model.name}`);
    names.add(model.name);
  }
  return mounted;
}

/** Every resource at /api/{name}: one route and a map lookup, rather than one mounted router per resource to try in turn. */
export function resourcesRouter(db: DataSource, mounted: MountedResource[]): Router {
  const readable: ReadableResources = (actor) =>
    new Set(mounted.filter(({ model }) => readLevel(actor, model.options.access) === 'full').map(({ model }) => model.name));
  const routers = new Map(mounted.map((resource) => [resource.model.name, resourceRouter(db, resource, readable)]));
  const router = Router();
  router.use('/:resource', (req, res, next) => {
    const resource = routers.get(req.params.resource as string);
    if (resource) resource(req, res, next);
    else next();
  });
  return router;
}
