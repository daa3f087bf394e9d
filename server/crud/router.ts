import { Router, type Request, type Response } from 'express';
import type { DataSource } from 'typeorm';
import type { ErrorContext } from '../http/pgErrors.js';
import { HttpError } from '../http/errors.js';
import { parseListParams } from './listParams.js';
import type { ResourceModel } from './model.js';
import { getRecord, listRecords } from './reads.js';
import type { ResourceSchemas } from './schema.js';
import { createRecord, deleteRecord, updateRecord, type Actor } from './writes.js';

export interface MountedResource {
  model: ResourceModel;
  schemas: ResourceSchemas;
}

function recordId(req: Request): number {
  const id = Number(req.params.id);
  if (!Number.isSafeInteger(id) || id <= 0 || String(id) !== req.params.id) {
    throw new HttpError(400, 'Record ids are positive whole numbers.', { id: 'Not a record id.' });
  }
  return id;
}

/** The signed-in user, as the authentication middleware left it. */
const actorOf = (res: Response): Actor => (res.locals.actor as Actor | undefined) ?? { id: null };

/** The seven react-admin calls over one resource; every handler is the same few lines for every table. */
export function resourceRouter(db: DataSource, { model, schemas }: MountedResource): Router {
  const router = Router();
  const allowed = model.operations;
  const errorContext: ErrorContext = {
    resource: model.name,
    table: model.table,
    columns: new Set(model.columns.keys()),
    messages: model.options.constraintMessages,
    linkFields: Object.fromEntries([...model.manyToMany.values()].map((m) => [m.joinTable, m.field])),
  };
  router.use((_req, res, next) => {
    res.locals.errorContext = { ...errorContext };
    next();
  });
  const refuse = (res: Response, methods: string) => {
    res.setHeader('Allow', methods);
    throw new HttpError(405, `${model.name} does not support this method.`);
  };
  const collectionMethods = [allowed.has('list') && 'GET', allowed.has('create') && 'POST'].filter(Boolean).join(', ');
  const itemMethods = [allowed.has('get') && 'GET', allowed.has('update') && 'PUT', allowed.has('delete') && 'DELETE'].filter(Boolean).join(', ');

  router.get('/', async (req, res) => {
    if (!allowed.has('list')) refuse(res, collectionMethods);
    const params = parseListParams(model, req.query as Record<string, unknown>);
    const { rows, total } = await listRecords(db, model, params);
    const range = rows.length ? `${params.offset}-${params.offset + rows.length - 1}` : '*';
    res.setHeader('Content-Range', `${model.name} ${range}/${total}`);
    res.setHeader('Access-Control-Expose-Headers', 'Content-Range');
    res.json(rows);
  });
  router.post('/', async (req, res) => {
    if (!allowed.has('create')) refuse(res, collectionMethods);
    (res.locals.errorContext as ErrorContext).operation = 'create';
    res.status(201).json(await createRecord(db, model, schemas, req.body, actorOf(res)));
  });
  router.get('/:id', async (req, res) => {
    if (!allowed.has('get')) refuse(res, itemMethods);
    res.json(await getRecord(db, model, recordId(req)));
  });
  router.put('/:id', async (req, res) => {
    if (!allowed.has('update')) refuse(res, itemMethods);
    (res.locals.errorContext as ErrorContext).operation = 'update';
    res.json(await updateRecord(db, model, schemas, recordId(req), req.body, actorOf(res)));
  });
  router.delete('/:id', async (req, res) => {
    if (!allowed.has('delete')) refuse(res, itemMethods);
    (res.locals.errorContext as ErrorContext).operation = 'delete';
    res.json(await deleteRecord(db, model, recordId(req), actorOf(res)));
  });
  router.all(['/', '/:id'], (req, res) => refuse(res, req.params.id ? itemMethods : collectionMethods));
  return router;
}
