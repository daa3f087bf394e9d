import { Router } from 'express';
import { requireActor } from '../auth/authenticate.js';
import { describeResources } from '../crud/describe.js';
import type { MountedResource } from '../crud/registry.js';

/** `GET /api/meta/resources`: the resource declarations the admin builds its generic screens from. */
export function metaRouter(mounted: readonly MountedResource[]): Router {
  const router = Router();
  const described = describeResources(mounted);
  router.get('/meta/resources', requireActor, (_req, res) => res.json(described));
  return router;
}
