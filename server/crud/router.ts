import { Router, type Response } from 'express';
import { sqlOf } from '../db/sql.js';
import { HttpError } from '../http/errors.js';
import { recordId } from '../http/recordId.js';
import { canWrite, type Actor } from '../auth/permissions.js';
import { mayWrite, onlyOwnRecords, ownerIgnored, owns, visibleRows } from './access.js';
import { loadRecord, readList, readOne } from './reads.js';
import type { MountedResource, Registry } from './registry.js';
import type { Row } from './types.js';
import { validateBody } from './validate.js';
import { writeRecord, type WriteRequest } from './write/pipeline.js';

/** The signed-in actor, or a 401. */
export function actorOf(res: Response): Actor {
  const actor = res.locals.actor as Actor | undefined;
  if (!actor) throw new HttpError(401, 'Please sign in.');
  return actor;
}

/** The seven react-admin calls over one resource: reads in the actor's scope, writes through the pipeline. */
export function resourceRouter(registry: Registry, { model, schemas }: MountedResource): Router {
  const router = Router();
  const sql = sqlOf(registry.db);
  const allowed = model.operations;
  const refuse = (res: Response, methods: string) => {
    res.setHeader('Allow', methods);
    throw new HttpError(405, `${model.name} does not support this method.`);
  };
  const collectionMethods = [allowed.has('list') && 'GET', allowed.has('create') && 'POST'].filter(Boolean).join(', ');
  const itemMethods = [allowed.has('get') && 'GET', allowed.has('update') && 'PUT', allowed.has('delete') && 'DELETE']
    .filter(Boolean)
    .join(', ');

  /** Validates the body against the resource's schema, minus what this actor may send but not set. */
  const bodyOf = (res: Response, body: unknown, operation: 'create' | 'update') => {
    const actor = actorOf(res);
    const ignored = operation === 'create' ? schemas.ignoredOnCreate : schemas.ignoredOnUpdate;
    const extra = ownerIgnored(model, actor);
    return validateBody(
      operation === 'create' ? schemas.create : schemas.update,
      body,
      extra.length ? new Set([...ignored, ...extra]) : ignored,
    ) as Row;
  };
  const write = (request: WriteRequest) => registry.write((tx) => writeRecord(tx, model, request));
  /**
   * Authorisation before validation: someone who may change only their own records hears 403 (or the
   * 404 of a record hidden from them) before anything about the body. The pipeline checks again, locked.
   */
  const mayChange = async (actor: Actor, id: number) => {
    mayWrite(model, actor);
    if (canWrite(actor, model.options.access)) return;
    if (!owns(await loadRecord(sql, model, id, visibleRows(model, actor)), actor)) throw onlyOwnRecords(model);
  };

  router.get('/', async (req, res) => {
    if (!allowed.has('list')) refuse(res, collectionMethods);
    const { body, contentRange } = await readList(sql, model, actorOf(res), req.query as Record<string, unknown>);
    res.setHeader('Content-Range', contentRange);
    res.setHeader('Access-Control-Expose-Headers', 'Content-Range');
    res.json(body);
  });
  router.post('/', async (req, res) => {
    if (!allowed.has('create')) refuse(res, collectionMethods);
    mayWrite(model, actorOf(res)); // before the body: 403 first
    const input = bodyOf(res, req.body, 'create');
    res.status(201).json(await write({ operation: 'create', actor: actorOf(res), input }));
  });
  router.get('/:id', async (req, res) => {
    if (!allowed.has('get')) refuse(res, itemMethods);
    res.json(await readOne(sql, model, actorOf(res), recordId(req)));
  });
  router.put('/:id', async (req, res) => {
    if (!allowed.has('update')) refuse(res, itemMethods);
    const id = recordId(req);
    await mayChange(actorOf(res), id);
    const input = bodyOf(res, req.body, 'update');
    res.json(await write({ operation: 'update', actor: actorOf(res), id, input }));
  });
  router.delete('/:id', async (req, res) => {
    if (!allowed.has('delete')) refuse(res, itemMethods);
    res.json(await write({ operation: 'delete', actor: actorOf(res), id: recordId(req) }));
  });
  // Two routes rather than one over ['/', '/:id'], so the metrics' route label says which one matched.
  router.all('/', (_req, res) => refuse(res, collectionMethods));
  router.all('/:id', (_req, res) => refuse(res, itemMethods));
  return router;
}

/** Every resource at /api/{name}: one route and a map lookup, rather than one mounted router per resource to try in turn. */
export function resourcesRouter(registry: Registry): Router {
  const routers = new Map(registry.resources.map((resource) => [resource.model.name, resourceRouter(registry, resource)]));
  const router = Router();
  router.use('/:resource', (req, res, next) => {
    const resource = routers.get(req.params.resource as string);
    if (resource) resource(req, res, next);
    else next();
  });
  return router;
}
